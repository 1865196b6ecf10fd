/**
 * The reader's colour theme: a choice (light, dark or follow the system) kept in localStorage,
 * resolved to <html data-theme="light|dark">. Never a cookie: reader pages are cached renders shared
 * by everyone, so the server must not know or vary by it; the browser applies it before paint.
 */

export const THEME_STORAGE_KEY = "gazette-theme";
export const THEME_CHOICES = ["light", "dark", "system"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === "string" && (THEME_CHOICES as readonly string[]).includes(value);
}

/**
 * Inlined in <head> by the root layout and run before the first paint, so a dark reader never
 * sees a white flash. Static text with no user data in it; it also follows the system setting live
 * and picks up a choice made in another tab. Keep it in step with applyThemeChoice below.
 */
export const THEME_INIT_SCRIPT = `(function(){try{var d=document.documentElement,k=${JSON.stringify(THEME_STORAGE_KEY)},m=window.matchMedia("(prefers-color-scheme: dark)");function a(){var p=localStorage.getItem(k);d.dataset.theme=p==="light"||p==="dark"?p:m.matches?"dark":"light"}a();m.addEventListener("change",a);window.addEventListener("storage",function(e){if(e.key===k)a()})}catch(e){}})();`;

/** The stored choice; anything missing or unexpected means "follow the system". */
export function readThemeChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isThemeChoice(stored) ? stored : "system";
  } catch {
    // Storage can be blocked (privacy modes); the system setting still applies.
    return "system";
  }
}

/** Stores the choice and applies it at once, as the inline script would on the next page. */
export function applyThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === "system") window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not persisted, but this page still switches.
  }
  showThemeChoice(choice);
}

/**
 * Applies the stored choice when the inline script could not: Next answers an in-page notFound()
 * with an error shell that React renders in the browser, and a script React inserts never runs.
 */
export function ensureThemeApplied(): void {
  if (!document.documentElement.dataset.theme) showThemeChoice(readThemeChoice());
}

function showThemeChoice(choice: ThemeChoice): void {
  const dark = choice === "dark" || (choice === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}
