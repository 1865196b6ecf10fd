import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db";
import { articles, COMMENT_STATUSES, comments, sections, users, type CommentStatus } from "@/db/schema";

/** How many comments sit in each moderation state; the pending count is the queue length. */
export function countCommentsByStatus(): Record<CommentStatus, number> {
  const counts = Object.fromEntries(COMMENT_STATUSES.map((s) => [s, 0])) as Record<CommentStatus, number>;
  const rows = db
    .select({ status: comments.status, n: sql<number>`count(*)` })
    .from(comments)
    .groupBy(comments.status)
    .all();
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

export const MODERATION_PAGE_SIZE = 25;

/** One row of the moderators' queue: what a moderator needs to decide, nothing more. */
export type ModerationComment = {
  id: number;
  body: string;
  authorName: string;
  authorEmail: string;
  createdAt: Date;
  status: CommentStatus;
  article: { id: number; headline: string; slug: string; sectionName: string };
  parentAuthorName: string | null;
  moderatedByName: string | null;
  moderatedAt: Date | null;
};

const parent = alias(comments, "parent");
const moderator = alias(users, "moderator");

function filterFor(status: CommentStatus, articleId?: number): SQL | undefined {
  return and(eq(comments.status, status), articleId ? eq(comments.articleId, articleId) : undefined);
}

/**
 * A page of comments in one state, with their article, section, parent and moderator joined in
 * one query. Pending is a queue, so the oldest come first; decided tabs show the latest decision first.
 */
export function listCommentsForModeration(input: {
  status: CommentStatus;
  page: number;
  articleId?: number;
}): { comments: ModerationComment[]; total: number } {
  const where = filterFor(input.status, input.articleId);
  const order =
    input.status === "pending"
      ? [asc(comments.createdAt), asc(comments.id)]
      : // Seeded or imported decisions may lack a timestamp: those sink below dated ones.
        [sql`${comments.moderatedAt} is null`, desc(comments.moderatedAt), desc(comments.createdAt), desc(comments.id)];
  const page = Math.max(1, Math.floor(input.page));
  const rows = db
    .select({
      id: comments.id,
      body: comments.body,
      authorName: comments.authorName,
      authorEmail: comments.authorEmail,
      createdAt: comments.createdAt,
      status: comments.status,
      articleId: articles.id,
      headline: articles.headline,
      slug: articles.slug,
      sectionName: sections.name,
      parentAuthorName: parent.authorName,
      moderatedByName: moderator.name,
      moderatedAt: comments.moderatedAt,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(parent, eq(parent.id, comments.parentId))
    .leftJoin(moderator, eq(moderator.id, comments.moderatedById))
    .where(where)
    .orderBy(...order)
    .limit(MODERATION_PAGE_SIZE)
    .offset((page - 1) * MODERATION_PAGE_SIZE)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(comments).where(where).get()?.n ?? 0;
  return {
    total,
    comments: rows.map(({ articleId, headline, slug, sectionName, ...rest }) => ({
      ...rest,
      article: { id: articleId, headline, slug, sectionName },
    })),
  };
}

/** Counts per state for one article's comments (the queue's filtered view). */
export function countArticleCommentsByStatus(articleId: number): Record<CommentStatus, number> {
  const counts = Object.fromEntries(COMMENT_STATUSES.map((s) => [s, 0])) as Record<CommentStatus, number>;
  const rows = db
    .select({ status: comments.status, n: sql<number>`count(*)` })
    .from(comments)
    .where(eq(comments.articleId, articleId))
    .groupBy(comments.status)
    .all();
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/** The article a filtered queue is about, for its heading; any status, staff only. */
export function getModerationArticle(id: number): { id: number; headline: string } | undefined {
  return db.select({ id: articles.id, headline: articles.headline }).from(articles).where(eq(articles.id, id)).get();
}

/**
 * Moves a comment from the state the moderator saw to their decision, in one UPDATE that also
 * matches the current state. If someone else decided first, nothing matches and this returns
 * null, so two moderators acting at once can never overwrite each other.
 */
export function setCommentStatus(input: {
  id: number;
  from: CommentStatus;
  to: CommentStatus;
  moderatorId: number;
}): { articleId: number; slug: string; authorName: string } | null {
  if (input.from === input.to) return null;
  const row = db
    .update(comments)
    .set({ status: input.to, moderatedById: input.moderatorId, moderatedAt: new Date() })
    .where(and(eq(comments.id, input.id), eq(comments.status, input.from)))
    .returning({
      articleId: comments.articleId,
      authorName: comments.authorName,
      slug: sql<string>`(select ${articles.slug} from ${articles} where ${articles.id} = ${comments.articleId})`,
    })
    .get();
  return row ?? null;
}
