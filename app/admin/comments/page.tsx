import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CommentRow } from "@/components/admin/comment-row";
import { ModerationFeedback } from "@/components/admin/moderation-feedback";
import { ModerationPagination } from "@/components/admin/moderation-pagination";
import { ModerationTabs, queueHref, STATUS_LABELS } from "@/components/admin/moderation-tabs";
import {
  countArticleCommentsByStatus,
  countCommentsByStatus,
  getModerationArticle,
  listCommentsForModeration,
  MODERATION_PAGE_SIZE,
} from "@/db/queries/moderation";
import { requirePagePermission } from "@/lib/auth/guards";
import { moderationStatusParam } from "@/lib/validation/comment";

export const metadata: Metadata = { title: "Comments" };

// List state lives in the URL; junk falls back to the first page of the pending queue, unfiltered.
const queueParams = z.object({
  status: moderationStatusParam,
  page: z.coerce.number().int().positive().max(100_000).catch(1),
  article: z.coerce.number().int().positive().optional().catch(undefined),
});

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CommentsPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePagePermission("comments.moderate", "/admin/comments");
  const { status, page, article: articleId } = queueParams.parse(await searchParams);

  const article = articleId ? getModerationArticle(articleId) : undefined;
  if (articleId && !article) notFound();
  const counts = articleId ? countArticleCommentsByStatus(articleId) : countCommentsByStatus();
  const { comments, total } = listCommentsForModeration({ status, page, articleId });
  const totalPages = Math.ceil(total / MODERATION_PAGE_SIZE);
  const waiting = counts.pending;
  const now = new Date();

  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Comments</h1>
        <h2 className="mt-2 text-xl font-semibold">
          {waiting === 0 ? "No comments waiting" : `${waiting} ${waiting === 1 ? "comment" : "comments"} waiting`}
          {article ? <> on {article.headline}</> : null}
        </h2>
        {article ? (
          <p className="mt-1 text-sm">
            <Link href={queueHref({ status })} className="text-brand underline">
              Show comments on every article
            </Link>
          </p>
        ) : null}
      </div>
      <ModerationTabs current={status} counts={counts} articleId={articleId} />
      <ModerationFeedback>
        <section aria-labelledby="queue-heading" className="space-y-4">
          <h2 id="queue-heading" className="sr-only">
            {STATUS_LABELS[status]} comments, {status === "pending" ? "oldest first" : "latest decision first"}
          </h2>
          {comments.length === 0 ? (
            <p className="text-muted">
              {page > 1 ? "There are no comments on this page." : `No ${STATUS_LABELS[status].toLowerCase()} comments.`}
            </p>
          ) : (
            <ol className="space-y-4">
              {comments.map((comment) => (
                <li key={comment.id}>
                  <CommentRow comment={comment} now={now} />
                </li>
              ))}
            </ol>
          )}
          <ModerationPagination status={status} page={page} totalPages={totalPages} articleId={articleId} />
        </section>
      </ModerationFeedback>
    </div>
  );
}
