import Link from "next/link";
import { COMMENT_STATUSES, type CommentStatus } from "@/db/schema";
import { cn } from "@/lib/utils";

export const STATUS_LABELS: Record<CommentStatus, string> = {
  pending: "Pending",
  approved: "Approved",
  rejected: "Rejected",
  spam: "Spam",
};

/** The queue's address for a tab, page and article filter; defaults are left out of the URL. */
export function queueHref({ status, page = 1, articleId }: { status: CommentStatus; page?: number; articleId?: number }) {
  const params = new URLSearchParams();
  if (status !== "pending") params.set("status", status);
  if (articleId) params.set("article", String(articleId));
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/comments?${query}` : "/admin/comments";
}

/** One link per moderation state with its count; the current one is marked for assistive tech. */
export function ModerationTabs({
  current,
  counts,
  articleId,
}: {
  current: CommentStatus;
  counts: Record<CommentStatus, number>;
  articleId?: number;
}) {
  return (
    <nav aria-label="Comment status">
      <ul className="flex flex-wrap gap-1 border-b border-stone-300">
        {COMMENT_STATUSES.map((status) => {
          const active = status === current;
          return (
            <li key={status}>
              <Link
                href={queueHref({ status, articleId })}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px inline-block rounded-t border px-4 py-2 text-sm font-semibold",
                  active ? "border-stone-300 border-b-white bg-white text-ink" : "border-transparent text-muted hover:text-ink",
                )}
              >
                {STATUS_LABELS[status]} ({counts[status]})
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
