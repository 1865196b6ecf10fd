import { THEME_CHOICES, type ThemeChoice } from "@/lib/theme";
import { cn } from "@/lib/utils";

const LABELS: Record<ThemeChoice, string> = { light: "Light", dark: "Dark", system: "System" };

/**
 * Light / Dark / System buttons in the masthead. The server cannot know the reader's choice (the
 * page is cached for everyone), so the group stays invisible until public/reader.js marks the
 * stored choice and shows it; without JavaScript the page follows the system setting. The pressed
 * look hangs on aria-pressed, so the script only flips that attribute.
 */
export function ThemeSwitch({ className }: { className?: string }) {
  return (
    <div
      role="group"
      aria-labelledby="theme-switch-label"
      className={cn("invisible inline-flex items-center gap-2 text-xs", className)}
      data-theme-switch
    >
      <span id="theme-switch-label" className="text-muted">
        Theme
      </span>
      <span className="inline-flex overflow-hidden rounded border border-stone-400 dark:border-stone-600">
        {THEME_CHOICES.map((choice) => (
          <button
            key={choice}
            type="button"
            aria-pressed="false"
            data-theme-choice={choice}
            className="px-2 py-1 font-semibold text-ink not-aria-pressed:hover:bg-stone-100 aria-pressed:bg-ink aria-pressed:text-white dark:not-aria-pressed:hover:bg-stone-800 dark:aria-pressed:text-stone-950"
          >
            {LABELS[choice]}
          </button>
        ))}
      </span>
    </div>
  );
}
