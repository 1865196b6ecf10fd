import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { comments } from "@/db/schema";

// Reader side of comments. Email and IP hash go in, never out: public DTOs carry only what
// the page prints.

export type PublicComment = {
  id: number;
  parentId: number | null;
  authorName: string;
  body: string;
  createdAt: Date;
};

const approvedStatement = db
  .select({
    id: comments.id,
    parentId: comments.parentId,
    authorName: comments.authorName,
    body: comments.body,
    createdAt: comments.createdAt,
  })
  .from(comments)
  .where(and(eq(comments.articleId, sql.placeholder("articleId")), eq(comments.status, "approved")))
  .orderBy(asc(comments.createdAt), asc(comments.id))
  .prepare();

const approvedInArticleStatement = db
  .select({
    id: comments.id,
    parentId: comments.parentId,
    authorName: comments.authorName,
    body: comments.body,
    createdAt: comments.createdAt,
  })
  .from(comments)
  .where(
    and(
      eq(comments.id, sql.placeholder("id")),
      eq(comments.articleId, sql.placeholder("articleId")),
      eq(comments.status, "approved"),
    ),
  )
  .prepare();

/** Approved comments of an article, oldest first, flat: the page nests them by parentId. */
export function listApprovedComments(articleId: number): PublicComment[] {
  return approvedStatement.all({ articleId });
}

/** The comment a reader is answering, if it is approved and on this article (the reply page). */
export function getApprovedCommentOf(commentId: number, articleId: number): PublicComment | undefined {
  return approvedInArticleStatement.get({ id: commentId, articleId });
}

/** Whether a reply may hang under this comment: it must be visible and on the same article. */
export function isApprovedCommentOf(commentId: number, articleId: number): boolean {
  return getApprovedCommentOf(commentId, articleId) !== undefined;
}

/** Stores a reader's comment for moderation; the status is always chosen here, never by the form. */
export function createPendingComment(input: {
  articleId: number;
  parentId: number | null;
  authorName: string;
  authorEmail: string;
  body: string;
  ipHash: string;
}): { id: number } {
  return db
    .insert(comments)
    .values({ ...input, status: "pending" })
    .returning({ id: comments.id })
    .get();
}
