import { getCommentAvailability } from "@/db/queries/comment-posting";
import { cache } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublishedArticleBySlug } from "@/db/queries/articles";
import { getApprovedCommentOf } from "@/db/queries/comments";
import { CommentForm } from "@/components/site/comment-form";
import { QuotedComment } from "@/components/site/comments/quoted-comment";
import { moderationNote } from "@/components/site/comments/moderation-note";

type Props = { params: Promise<{ slug: string; commentId: string }> };

/**
 * Where a comment's Reply link leads without JavaScript (with it, reader.js moves the article's
 * form under the comment instead). Rendered per request, never cached: a comment rejected after
 * approval, or comments being closed, must take the page away at once, and no moderation step
 * revalidates these addresses. Shared by generateMetadata and the page: one pair of queries.
 */
const loadReply = cache((slug: string, commentId: string) => {
  const id = /^[1-9]\d{0,15}$/.test(commentId) ? Number(commentId) : NaN;
  if (!Number.isSafeInteger(id)) return undefined;
  const article = getPublishedArticleBySlug(slug);
  if (!article?.commentsOpen || !getCommentAvailability(article.id)?.open) return undefined;
  const comment = getApprovedCommentOf(id, article.id);
  return comment ? { article, comment } : undefined;
});

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, commentId } = await params;
  const reply = loadReply(slug, commentId);
  // One page per comment, each a thin copy of the article's form: never worth indexing.
  const robots = { index: false, follow: false };
  return reply ? { title: `Reply to ${reply.comment.authorName}`, robots } : { robots };
}

export default async function ReplyPage({ params }: Props) {
  const { slug, commentId } = await params;
  const reply = loadReply(slug, commentId);
  if (!reply) notFound();
  const { article, comment } = reply;
  const articlePath = `/articles/${article.slug}`;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-4xl font-bold">Reply to a comment</h1>
      <QuotedComment article={article} comment={comment} />
      <div className="mt-8 rounded border border-stone-300 bg-stone-50 p-5 dark:border-stone-700 dark:bg-stone-900">
        <CommentForm
          articleId={article.id}
          articlePath={articlePath}
          parentId={comment.id}
          idPrefix="reply"
          heading={`Reply to ${comment.authorName}`}
          headingLevel={2}
          note={moderationNote(article.commentModeration, article.commentSurge)}
        />
      </div>
      <p className="mt-6">
        <Link href={`${articlePath}#comment-${comment.id}`} className="font-semibold text-brand underline">
          Back to the article
        </Link>
      </p>
    </div>
  );
}
