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
 * and picks up a choice made in another tab. Keep it in step with the theme switch in public/reader.js.
 */
export const THEME_INIT_SCRIPT = `(function(){try{var d=document.documentElement,k=${JSON.stringify(THEME_STORAGE_KEY)},m=window.matchMedia("(prefers-color-scheme: dark)");function a(){var p=localStorage.getItem(k);d.dataset.theme=p==="light"||p==="dark"?p:m.matches?"dark":"light"}a();m.addEventListener("change",a);window.addEventListener("storage",function(e){if(e.key===k)a()})}catch(e){}})();`;
