/**
 * Merging after a refused (stale) save: which fields differ between what the writer has and what
 * was stored meanwhile, and which side each should start on. Pure, so the rules are tested
 * apart from the editor that shows them.
 */

export type FormValue = string | boolean | number[];
export type Choice = "mine" | "theirs";

export function sameFormValue(a: FormValue | undefined, b: FormValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/**
 * Fields where mine and theirs differ. A field the writer never touched (mine equals what they
 * loaded) starts on "theirs", since taking it loses nothing of theirs or of the writer's; any
 * field the writer changed starts on "mine", so their typing is never dropped by default.
 */
export function conflictingFields<T extends Record<string, FormValue>>(
  mine: T,
  theirs: T,
  base: T,
): Array<{ field: keyof T & string; initial: Choice }> {
  return (Object.keys(theirs) as Array<keyof T & string>)
    .filter((field) => !sameFormValue(mine[field], theirs[field]))
    .map((field) => ({ field, initial: sameFormValue(mine[field], base[field]) ? "theirs" : "mine" }));
}

/** The values to put in the form: per field, the side the writer chose. */
export function mergeChoices<T extends Record<string, FormValue>>(
  mine: T,
  theirs: T,
  choices: Partial<Record<keyof T, Choice>>,
): T {
  const out = { ...mine };
  for (const field of Object.keys(choices) as Array<keyof T>) {
    if (choices[field] === "theirs") out[field] = theirs[field];
  }
  return out;
}
