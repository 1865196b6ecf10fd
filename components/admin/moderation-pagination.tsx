import Link from "next/link";
import type { CommentStatus } from "@/db/schema";
import { queueHref } from "./moderation-tabs";

/** Previous / next through a tab, keeping the tab and article filter in the URL. */
export function ModerationPagination({
  status,
  page,
  totalPages,
  articleId,
}: {
  status: CommentStatus;
  page: number;
  totalPages: number;
  articleId?: number;
}) {
  if (totalPages <= 1 && page <= 1) return null;
  const linkClass = "rounded border border-stone-400 px-3 py-1 text-sm hover:bg-stone-100";
  return (
    <nav aria-label="Queue pages" className="flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={queueHref({ status, page: Math.min(page - 1, Math.max(totalPages, 1)), articleId })} className={linkClass}>
          Previous page
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted">
        Page {page} of {Math.max(totalPages, 1)}
      </p>
      {page < totalPages ? (
        <Link href={queueHref({ status, page: page + 1, articleId })} className={linkClass}>
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
