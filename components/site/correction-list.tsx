import Link from "next/link";
import type { PublicCorrection } from "@/db/queries/corrections";
import { CORRECTION_LABELS } from "@/lib/validation/corrections";
import { DateTime } from "./date-time";

/** The /corrections list: what was corrected, when, and on which story. */
export function CorrectionList({ corrections }: { corrections: PublicCorrection[] }) {
  if (corrections.length === 0) {
    return <p className="mt-8 text-lg text-muted">No corrections have been published.</p>;
  }
  return (
    <ol className="mt-6 space-y-6">
      {corrections.map((entry) => (
        <li key={entry.id} className="border-t border-stone-300 pt-4 dark:border-stone-700">
          <article aria-labelledby={`correction-${entry.id}`}>
            <p className="text-xs font-semibold tracking-wide text-brand uppercase">
              {CORRECTION_LABELS[entry.kind]}
              <span className="font-normal text-muted normal-case">
                {" · "}
                <DateTime date={entry.createdAt} />
              </span>
            </p>
            <h2 id={`correction-${entry.id}`} className="mt-1 font-serif text-xl leading-snug font-bold">
              <Link href={`/articles/${entry.article.slug}`} className="hover:underline">
                {entry.article.headline}
              </Link>
            </h2>
            <p className="mt-2 break-words whitespace-pre-wrap">{entry.body}</p>
          </article>
        </li>
      ))}
    </ol>
  );
}
