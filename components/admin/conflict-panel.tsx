"use client";

import { useState } from "react";
import { conflictingFields, type Choice } from "@/lib/editor/conflict";
import type { SaveConflict } from "@/lib/editor/save-state";
import { diffText } from "@/lib/text-diff";
import { cn } from "@/lib/utils";
import type { ArticleFormValues } from "./article-form";
import { TextDiff } from "./text-diff";

type Field = keyof ArticleFormValues & string;

const LABELS: Partial<Record<Field, string>> = {
  headline: "Headline",
  slug: "Slug",
  dek: "Dek",
  body: "Body",
  sectionId: "Section",
  tags: "Tags",
  authorIds: "Authors",
  heroImageUrl: "Hero image URL",
  heroImageAlt: "Hero image alt text",
  heroImageCaption: "Hero image caption",
  heroMediaId: "Hero library image",
  heroImageCredit: "Hero image credit",
  seoTitle: "SEO title",
  seoDescription: "SEO description",
  commentsOpen: "Comments",
};

export type ConflictView = {
  conflict: SaveConflict;
  /** The writer's values when the conflict was found, and the values they had loaded. */
  mine: ArticleFormValues;
  base: ArticleFormValues;
};

/**
 * "Theirs vs yours" for every field that differs, with a choice per field. Choosing writes that
 * side's value into the form at once, so what the writer sees in the form is what will be saved
 * (against the newer version) when they press Save.
 */
export function ConflictPanel({
  view,
  names,
  onChoose,
}: {
  view: ConflictView;
  /** Display names for section and author ids. */
  names: { section: (id: string) => string; author: (id: number) => string };
  onChoose: (field: Field, value: ArticleFormValues[Field]) => void;
}) {
  const { conflict, mine, base } = view;
  const fields = conflictingFields(mine, conflict.theirs, base);
  const initialChoices = () => Object.fromEntries(fields.map((f) => [f.field, f.initial])) as Record<string, Choice>;
  const [choices, setChoices] = useState(initialChoices);
  // A newer conflict (a third save meanwhile) starts its choices afresh.
  const [shownVersion, setShownVersion] = useState(conflict.version);
  if (shownVersion !== conflict.version) {
    setShownVersion(conflict.version);
    setChoices(initialChoices());
  }
  const savedAt = new Date(conflict.savedAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

  function text(field: Field, values: ArticleFormValues): string {
    const value = values[field];
    if (field === "sectionId") return names.section(String(value));
    if (field === "authorIds" && Array.isArray(value)) return value.map(names.author).join(", ");
    if (typeof value === "boolean") return value ? "Open" : "Closed";
    return String(value);
  }

  function choose(field: Field, choice: Choice) {
    setChoices((c) => ({ ...c, [field]: choice }));
    onChoose(field, (choice === "theirs" ? conflict.theirs : mine)[field]);
  }

  return (
    <section aria-labelledby="conflict-heading" className="rounded border-2 border-amber-600 bg-amber-50 p-4">
      <h2 id="conflict-heading" className="text-lg font-bold">
        {conflict.savedBy ?? "Someone else"} saved this article at {savedAt}
      </h2>
      <p className="mt-1 text-sm">
        Your text is still in the form. For each field below, keep yours or take theirs; the form changes as you choose.
        Then press Save to store the result as the newest version.
      </p>
      {fields.length === 0 ? <p className="mt-3 text-sm">Their save matches yours field for field: just save again.</p> : null}
      <ul className="mt-3 space-y-4">
        {fields.map(({ field }) => {
          const label = LABELS[field] ?? field;
          const theirs = text(field, conflict.theirs);
          const yours = text(field, mine);
          const long = field === "body";
          return (
            <li key={field} className="rounded border border-amber-300 bg-white p-3">
              <fieldset>
                <legend className="font-semibold">{label}</legend>
                {long ? (
                  <div className="mt-2">
                    <p className="text-sm text-muted">From theirs to yours:</p>
                    <TextDiff parts={diffText(theirs, yours)} long className="mt-1 max-h-80 overflow-auto rounded border border-stone-200 p-2" />
                  </div>
                ) : (
                  <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[6rem_1fr]">
                    <dt className="text-muted">Theirs</dt>
                    <dd className="break-words">{theirs || <em className="text-muted">(empty)</em>}</dd>
                    <dt className="text-muted">Yours</dt>
                    <dd className="break-words">{yours || <em className="text-muted">(empty)</em>}</dd>
                  </dl>
                )}
                <div className="mt-2 flex flex-wrap gap-4 text-sm">
                  {(["mine", "theirs"] as const).map((choice) => (
                    <label key={choice} className={cn("flex items-center gap-2", choices[field] === choice && "font-semibold")}>
                      <input
                        type="radio"
                        // Not part of the article: named so the choice never reaches the save.
                        name={`conflict-choice-${field}`}
                        form="conflict-choices"
                        checked={choices[field] === choice}
                        onChange={() => choose(field, choice)}
                      />
                      {choice === "mine" ? `Keep mine (${label.toLowerCase()})` : `Take theirs (${label.toLowerCase()})`}
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
