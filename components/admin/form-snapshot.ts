import type { FormValue } from "@/lib/editor/conflict";

/**
 * The editor's current values read from the form itself, shaped like `template`. Reading the DOM
 * (not React state) catches fields kept by child components, such as the byline checkboxes, and
 * is never a render behind inside timers. Fields the form does not contain keep the template's.
 */
export function readFormValues<T extends Record<string, FormValue>>(form: HTMLFormElement, template: T): T {
  const data = new FormData(form);
  const out: Record<string, FormValue> = { ...template };
  for (const [key, sample] of Object.entries(template)) {
    if (Array.isArray(sample)) {
      out[key] = data.getAll(key).map(Number).filter(Number.isInteger);
    } else if (typeof sample === "boolean") {
      // An unticked checkbox is simply absent; only a field that is not in the form at all keeps its value.
      const input = form.elements.namedItem(key);
      out[key] = input ? data.get(key) === "on" || data.get(key) === "true" : sample;
    } else {
      const value = data.get(key);
      out[key] = typeof value === "string" ? value : sample;
    }
  }
  return out as T;
}
