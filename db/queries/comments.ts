import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { articles, comments } from "@/db/schema";
import { isPublicArticle } from "./public-rule";

// Reader side of comments. Email and IP hash go in, never out: public DTOs carry only what
// the page prints.

export type PublicComment = {
  id: number;
  parentId: number | null;
  authorName: string;
  body: string;
  createdAt: Date;
  /** Chosen by a moderator: shown first, in the thread's "Featured" strip. */
  featured: boolean;
};

const publicColumns = {
  id: comments.id,
  parentId: comments.parentId,
  authorName: comments.authorName,
  body: comments.body,
  createdAt: comments.createdAt,
  featured: comments.featured,
};

const approvedStatement = db
  .select(publicColumns)
  .from(comments)
  .where(and(eq(comments.articleId, sql.placeholder("articleId")), eq(comments.status, "approved")))
  .orderBy(asc(comments.createdAt), asc(comments.id))
  .prepare();

const approvedInArticleStatement = db
  .select(publicColumns)
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

const approvedCountStatement = db
  .select({ n: sql<number>`count(*)` })
  .from(comments)
  .where(and(eq(comments.articleId, sql.placeholder("articleId")), eq(comments.status, "approved")))
  .prepare();

/** How many comments readers can see on an article: "Comments (N)". */
export function countApprovedComments(articleId: number): number {
  return approvedCountStatement.get({ articleId })?.n ?? 0;
}

const publicCommentStatement = db
  .select({
    ...publicColumns,
    articleId: comments.articleId,
    articleSlug: articles.slug,
    articleHeadline: articles.headline,
  })
  .from(comments)
  .innerJoin(articles, eq(articles.id, comments.articleId))
  .where(and(eq(comments.id, sql.placeholder("id")), eq(comments.status, "approved"), isPublicArticle))
  .prepare();

export type PublicCommentWithArticle = PublicComment & {
  articleId: number;
  articleSlug: string;
  articleHeadline: string;
};

/** An approved comment on a live article, with that article: permalinks and the report page. */
export function getPublicComment(commentId: number): PublicCommentWithArticle | undefined {
  return publicCommentStatement.get({ id: commentId });
}
