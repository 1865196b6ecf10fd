import type { CorrectionEntry } from "@/db/queries/corrections";
import { CORRECTION_LABELS } from "@/lib/validation/corrections";
import { DateTime } from "./date-time";

/** The article's corrections, clarifications and updates, newest first, as plain text. */
export function CorrectionsNotice({ corrections }: { corrections: CorrectionEntry[] }) {
  if (corrections.length === 0) return null;
  return (
    <aside
      aria-labelledby="corrections-heading"
      className="mt-8 rounded border-l-4 border-brand bg-stone-50 p-4 dark:bg-stone-900"
    >
      <h2 id="corrections-heading" className="font-serif text-lg font-bold">
        Corrections and updates
      </h2>
      <ul className="mt-2 space-y-3">
        {corrections.map((entry) => (
          <li key={entry.id} className="text-sm">
            <p>
              <strong>{CORRECTION_LABELS[entry.kind]}</strong>
              <span className="text-muted">
                {" · "}
                <DateTime date={entry.createdAt} />
              </span>
            </p>
            {/* Plain text: React escapes it; pre-wrap keeps the editor's line breaks. */}
            <p className="mt-1 break-words whitespace-pre-wrap">{entry.body}</p>
          </li>
        ))}
      </ul>
    </aside>
  );
}
