import Link from "next/link";
import type { SearchHit } from "@/db/queries/search";
import { renderHighlights, stripMarkdown } from "@/lib/search/highlight";
import { Byline } from "./byline";
import { DateTime } from "./date-time";

/** Search results: headline link, section, byline, date and the highlighted snippet. */
export function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="mt-6 space-y-6">
      {hits.map((hit) => (
        <li key={hit.id}>
          <article className="border-t border-stone-300 pt-4">
            <p className="text-xs font-semibold tracking-wide text-brand uppercase">
              <Link href={`/sections/${hit.section.slug}`} className="hover:underline">
                {hit.section.name}
              </Link>
            </p>
            <h2 className="mt-1 font-serif text-xl leading-snug font-bold">
              <Link href={`/articles/${hit.slug}`} className="hover:underline">
                {renderHighlights(hit.headline)}
              </Link>
            </h2>
            {hit.snippet ? <p className="mt-2 text-muted">{renderHighlights(stripMarkdown(hit.snippet))}</p> : null}
            <p className="mt-2 text-sm text-muted">
              <Byline authors={hit.authors} linkClassName="text-ink hover:underline" />
              {hit.authors.length > 0 ? " · " : null}
              <DateTime date={hit.publishedAt} />
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
