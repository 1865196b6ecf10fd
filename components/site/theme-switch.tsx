"use client";

import { useEffect, useSyncExternalStore } from "react";
import { applyThemeChoice, ensureThemeApplied, readThemeChoice, THEME_STORAGE_KEY, type ThemeChoice } from "@/lib/theme";
import { cn } from "@/lib/utils";

const OPTIONS: Array<{ value: ThemeChoice; label: string }> = [
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: "system", label: "System" },
];

// A same-tab change fires no "storage" event, so the switch announces its own.
const CHANGE_EVENT = "gazette-theme-change";

function subscribe(onChange: () => void) {
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_STORAGE_KEY) onChange();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/**
 * Light / Dark / System buttons in the masthead. The server cannot know the reader's choice (the
 * page is cached for everyone), so the group stays invisible until the browser fills it in; without
 * JavaScript the page simply stays light.
 */
export function ThemeSwitch({ className }: { className?: string }) {
  const choice = useSyncExternalStore(subscribe, readThemeChoice, () => null);
  useEffect(ensureThemeApplied, []);
  function choose(value: ThemeChoice) {
    applyThemeChoice(value);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }
  return (
    <div
      role="group"
      aria-labelledby="theme-switch-label"
      className={cn("inline-flex items-center gap-2 text-xs", choice ? null : "invisible", className)}
    >
      <span id="theme-switch-label" className="text-muted">
        Theme
      </span>
      <span className="inline-flex overflow-hidden rounded border border-stone-400 dark:border-stone-600">
        {OPTIONS.map((option) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={choice === option.value}
            onClick={() => choose(option.value)}
            className={cn(
              "px-2 py-1 font-semibold",
              choice === option.value
                ? "bg-ink text-white dark:text-stone-950"
                : "text-ink hover:bg-stone-100 dark:hover:bg-stone-800",
            )}
          >
            {option.label}
          </button>
        ))}
      </span>
    </div>
  );
}
