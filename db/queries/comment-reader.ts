import "server-only";
import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import {
  articles,
  commentAppeals,
  commentReports,
  comments,
  type CommentStatus,
  type ReportReason,
} from "@/db/schema";
import {
  pageOfComment,
  threadPage,
  threadPagePath,
  type CommentSort,
  type ThreadPage,
} from "@/lib/comments/thread";
import { getPublicComment, listApprovedComments, type PublicComment } from "./comments";
import { isPublicArticle } from "./public-rule";

// What readers do with comments beyond posting: read the thread a page at a time, follow a
// permalink, report a comment, and follow their own comment's status through its private link.

export type CommentThreadView = {
  total: number;
  /** Featured comments, oldest first, shown above the thread on its first page. */
  featured: PublicComment[];
  thread: ThreadPage<PublicComment>;
};

/** One page of an article's approved comments in `sort` order; undefined past the last page. */
export function getCommentThread(
  articleId: number,
  sort: CommentSort,
  page: number,
): CommentThreadView | undefined {
  const all = listApprovedComments(articleId);
  const thread = threadPage(all, sort, page);
  if (!thread) return undefined;
  return { total: all.length, featured: page === 1 ? all.filter((c) => c.featured) : [], thread };
}

/** Where an approved comment on a live article is shown in the default order, anchor included. */
export function commentPermalinkPath(commentId: number): string | undefined {
  const found = getPublicComment(commentId);
  if (!found) return undefined;
  const page = pageOfComment(listApprovedComments(found.articleId), commentId) ?? 1;
  return `${threadPagePath(found.articleSlug, "oldest", page)}#comment-${commentId}`;
}

export type ReportOutcome = "reported" | "repeat" | "not-found";

/**
 * Records a reader's report. One per reader per comment: a repeat inserts nothing and leaves
 * the count alone; only visible comments (approved, on a live article) can be reported.
 */
export function reportComment(input: {
  commentId: number;
  reason: ReportReason;
  detail: string;
  reporterHash: string;
}): ReportOutcome {
  return db.transaction(
    (tx) => {
      const target = tx
        .select({ id: comments.id })
        .from(comments)
        .innerJoin(articles, eq(articles.id, comments.articleId))
        .where(and(eq(comments.id, input.commentId), eq(comments.status, "approved"), isPublicArticle))
        .get();
      if (!target) return "not-found";
      const inserted = tx
        .insert(commentReports)
        .values(input)
        .onConflictDoNothing({ target: [commentReports.commentId, commentReports.reporterHash] })
        .returning({ id: commentReports.id })
        .get();
      if (!inserted) return "repeat";
      tx.update(comments)
        .set({ reportCount: sql`${comments.reportCount} + 1` })
        .where(eq(comments.id, input.commentId))
        .run();
      return "reported";
    },
    { behavior: "immediate" },
  );
}

/** The status link's token is never stored: only its SHA-256, as the posting pipeline keeps it. */
export function hashStatusToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens are URL-safe random strings; anything else is not looked up at all. */
export function isStatusTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{16,128}$/.test(token);
}

export type OwnCommentStatus = {
  id: number;
  authorName: string;
  body: string;
  createdAt: Date;
  status: CommentStatus;
  reason: string;
  article: { slug: string; headline: string; live: boolean };
  appeal: { createdAt: Date; outcome: "upheld" | "overturned" | null } | null;
};

const byTokenStatement = db
  .select({
    id: comments.id,
    authorName: comments.authorName,
    body: comments.body,
    createdAt: comments.createdAt,
    status: comments.status,
    reason: comments.reason,
    slug: articles.slug,
    headline: articles.headline,
    live: sql<number>`(${isPublicArticle})`,
    appealedAt: commentAppeals.createdAt,
    appealOutcome: commentAppeals.outcome,
  })
  .from(comments)
  .innerJoin(articles, eq(articles.id, comments.articleId))
  .leftJoin(commentAppeals, eq(commentAppeals.commentId, comments.id))
  .where(eq(comments.statusTokenHash, sql.placeholder("hash")))
  .prepare();

/** The comment a private status link points to, by the link's token. */
export function getCommentByStatusToken(token: string): OwnCommentStatus | undefined {
  if (!isStatusTokenShape(token)) return undefined;
  const row = byTokenStatement.get({ hash: hashStatusToken(token) });
  if (!row) return undefined;
  const { slug, headline, live, appealedAt, appealOutcome, ...comment } = row;
  return {
    ...comment,
    article: { slug, headline, live: Boolean(live) },
    appeal: appealedAt ? { createdAt: appealedAt, outcome: appealOutcome } : null,
  };
}

export type AppealResult = "appealed" | "already-appealed" | "not-rejected" | "not-found";

/** A commenter's one appeal against a rejection; the unique comment id refuses a second. */
export function appealRejection(token: string, message: string): AppealResult {
  if (!isStatusTokenShape(token)) return "not-found";
  return db.transaction(
    (tx) => {
      const target = tx
        .select({ id: comments.id, status: comments.status })
        .from(comments)
        .where(eq(comments.statusTokenHash, hashStatusToken(token)))
        .get();
      if (!target) return "not-found";
      // Spam is a rejection too, as far as the commenter can tell: a wrongly caught reader may appeal.
      if (target.status !== "rejected" && target.status !== "spam") return "not-rejected";
      const inserted = tx
        .insert(commentAppeals)
        .values({ commentId: target.id, message })
        .onConflictDoNothing({ target: commentAppeals.commentId })
        .returning({ id: commentAppeals.id })
        .get();
      return inserted ? "appealed" : "already-appealed";
    },
    { behavior: "immediate" },
  );
}
