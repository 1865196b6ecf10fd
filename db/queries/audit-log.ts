import "server-only";
import { and, count, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db";
import { articles, auditLog, comments, users } from "@/db/schema";

// Reading the audit log (writing is recordAudit in ./audit.ts). Filters arrive already parsed.

export const AUDIT_PAGE_SIZE = 25;

export type AuditFilter = {
  action?: string;
  actorId?: number;
  /** Calendar days (YYYY-MM-DD, UTC), both inclusive. */
  from?: string;
  to?: string;
  /** A story: entries about it, or about a comment on it. */
  articleId?: number;
  /** A comment: the decisions, bans and challenges that name it. */
  commentId?: number;
  page: number;
};

/** One line of the log as the page shows it: names resolved, nothing else about anyone. */
export type AuditRow = {
  id: number;
  action: string;
  summary: string;
  createdAt: Date;
  /** Null when no person did it (a lockout) or the account no longer exists. */
  actor: { id: number; name: string } | null;
  targetType: string;
  targetId: number | null;
  /** The target's current name or headline, when it still exists. */
  targetLabel: string | null;
  /** The story the entry concerns, when known and it still exists. */
  story: { id: number; headline: string } | null;
};

export type AuditPage = { rows: AuditRow[]; total: number; page: number; pageCount: number };

const actor = alias(users, "actor");
const targetUser = alias(users, "target_user");
const targetComment = alias(comments, "target_comment");
const story = alias(articles, "story");
const DAY_MS = 86_400_000;

function conditions(filter: AuditFilter): SQL | undefined {
  return and(
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.from ? gte(auditLog.createdAt, new Date(`${filter.from}T00:00:00Z`)) : undefined,
    filter.to ? lt(auditLog.createdAt, new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS)) : undefined,
    // Editorial entries written before article_id existed name the story as their target only.
    filter.articleId
      ? or(eq(auditLog.articleId, filter.articleId), and(eq(auditLog.targetType, "article"), eq(auditLog.targetId, filter.articleId)))
      : undefined,
    filter.commentId ? and(eq(auditLog.targetType, "comment"), eq(auditLog.targetId, filter.commentId)) : undefined,
  );
}

/** Stories named in the log, for the story filter: most recently mentioned first. */
export function listAuditedStories(limit = 300): Array<{ id: number; headline: string }> {
  return db
    .select({ id: articles.id, headline: articles.headline })
    .from(articles)
    .where(sql`${articles.id} in (select ${auditLog.articleId} from ${auditLog} where ${auditLog.articleId} is not null
      union select ${auditLog.targetId} from ${auditLog} where ${auditLog.targetType} = 'article')`)
    .orderBy(desc(articles.updatedAt))
    .limit(limit)
    .all();
}

/** Newest first. A page past the end shows the last page, so a stale link still lands somewhere. */
export function listAuditEntries(filter: AuditFilter): AuditPage {
  const where = conditions(filter);
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      summary: auditLog.summary,
      createdAt: auditLog.createdAt,
      actorId: actor.id,
      actorName: actor.name,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      targetLabel: sql<string | null>`coalesce(${targetUser.name}, ${articles.headline}, 'Comment by ' || ${targetComment.authorName})`,
      storyId: story.id,
      storyHeadline: story.headline,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(targetUser, and(eq(auditLog.targetType, "user"), eq(targetUser.id, auditLog.targetId)))
    .leftJoin(articles, and(eq(auditLog.targetType, "article"), eq(articles.id, auditLog.targetId)))
    .leftJoin(targetComment, and(eq(auditLog.targetType, "comment"), eq(targetComment.id, auditLog.targetId)))
    .leftJoin(story, eq(story.id, sql`coalesce(${auditLog.articleId}, case when ${auditLog.targetType} = 'article' then ${auditLog.targetId} end)`))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  return {
    rows: rows.map(({ actorId, actorName, storyId, storyHeadline, ...row }) => ({
      ...row,
      story: storyId !== null && storyHeadline !== null ? { id: storyId, headline: storyHeadline } : null,
      actor: actorId !== null && actorName !== null ? { id: actorId, name: actorName } : null,
    })),
    total,
    page,
    pageCount,
  };
}
