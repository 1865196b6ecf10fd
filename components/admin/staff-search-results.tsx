import Link from "next/link";
import type { CommentHit, StaffArticleHit } from "@/db/queries/admin-search";
import { renderHighlights, stripMarkdown } from "@/lib/search/highlight";
import { formatDate } from "@/lib/utils";
import { StatusBadge } from "./status-badge";

const COMMENT_STATUS_LABELS = { pending: "Pending", approved: "Approved", rejected: "Rejected", spam: "Spam" } as const;

/** Article hits in any status, each linking to its edit page. */
export function StaffArticleResults({ hits }: { hits: StaffArticleHit[] }) {
  return (
    <ol className="space-y-4">
      {hits.map((hit) => (
        <li key={hit.id} className="rounded border border-stone-300 bg-white p-4">
          <p className="flex flex-wrap items-center gap-3 text-sm text-muted">
            <StatusBadge status={hit.status} />
            <span>{hit.sectionName}</span>
            <span>Updated {formatDate(hit.updatedAt)}</span>
          </p>
          <h2 className="mt-1 text-lg font-semibold">
            <Link href={`/admin/articles/${hit.id}/edit`} className="hover:underline">
              {renderHighlights(hit.headline)}
            </Link>
          </h2>
          {hit.snippet ? <p className="mt-1 text-sm">{renderHighlights(stripMarkdown(hit.snippet))}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** Comment hits in every moderation state, linking to that article's queue in that state. */
export function CommentResults({ hits }: { hits: CommentHit[] }) {
  return (
    <ol className="space-y-4">
      {hits.map((hit) => (
        <li key={hit.id}>
          <article aria-label={`Comment by ${hit.authorName.replace(/[\uE000\uE001]/g, "")}`} className="rounded border border-stone-300 bg-white p-4">
            <p className="flex flex-wrap items-center gap-3 text-sm text-muted">
              <span className="font-semibold text-ink">{renderHighlights(hit.authorName)}</span>
              <span className="rounded border border-stone-400 px-2 py-0.5 text-xs font-semibold">
                {COMMENT_STATUS_LABELS[hit.status]}
              </span>
              <span>{formatDate(hit.createdAt)}</span>
            </p>
            <p className="mt-1 text-sm whitespace-pre-line">{renderHighlights(hit.snippet)}</p>
            <p className="mt-2 text-sm">
              On{" "}
              <Link href={`/admin/comments?status=${hit.status}&article=${hit.article.id}`} className="text-brand underline">
                {hit.article.headline}
              </Link>
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
