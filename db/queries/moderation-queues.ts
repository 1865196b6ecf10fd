import "server-only";
import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db";
import {
  articles,
  commentAppeals,
  commentClaims,
  commentReports,
  comments,
  sections,
  users,
  type CommentStatus,
  type RuleHit,
} from "@/db/schema";
import { QUEUES, type Queue, type QueueCounts, type QueueFilter } from "@/lib/moderation-desk/queues";
import { searchTerms, toMatchExpression } from "@/lib/search/query";
import { listDecisionsFor, type DecisionEntry } from "./moderation-history";

export const DESK_PAGE_SIZE = 25;
const DAY_MS = 86_400_000;

/** One comment on the desk: what a moderator needs to decide, and the context one click away. */
export type DeskItem = {
  id: number;
  body: string;
  authorName: string;
  authorEmail: string;
  createdAt: Date;
  status: CommentStatus;
  reason: string;
  ruleHits: RuleHit[];
  featured: boolean;
  needsReview: boolean;
  reportCount: number;
  article: { id: number; headline: string; slug: string; sectionName: string };
  parent: { id: number; authorName: string } | null;
  replyCount: number;
  moderatedByName: string | null;
  moderatedAt: Date | null;
  /** Since when it has waited in this queue: posted, first open report, or appealed. */
  waitingSince: Date;
  reports: Array<{ reason: string; count: number }>;
  appeal: { message: string; createdAt: Date } | null;
  claim: { userId: number; name: string; expiresAt: Date } | null;
  history: DecisionEntry[];
  /** The last decision was a person's and can be taken back. */
  undoable: boolean;
};

const openAppeal = sql`exists (select 1 from ${commentAppeals} where ${commentAppeals.commentId} = ${comments.id} and ${commentAppeals.decidedAt} is null)`;
const firstOpenReport = sql<number | null>`(select min(${commentReports.createdAt}) from ${commentReports} where ${commentReports.commentId} = ${comments.id} and ${commentReports.resolvedAt} is null)`;
const appealedAt = sql<number | null>`(select ${commentAppeals.createdAt} from ${commentAppeals} where ${commentAppeals.commentId} = ${comments.id})`;

/** What puts a comment in a queue. */
export function queueCondition(queue: Queue): SQL {
  switch (queue) {
    case "pending":
      return eq(comments.status, "pending");
    case "reported":
      return and(eq(comments.status, "approved"), gt(comments.reportCount, 0))!;
    case "review":
      return and(eq(comments.status, "approved"), eq(comments.needsReview, true))!;
    case "appeals":
      return and(eq(comments.status, "rejected"), openAppeal)!;
    default:
      return eq(comments.status, queue);
  }
}

/**
 * The filters as SQL. Search goes through the comment_search FTS5 index; the input is reduced
 * to quoted word tokens (lib/search/query.ts), so nothing typed is ever read as FTS syntax.
 */
export function filterCondition(filter: QueueFilter): SQL | undefined {
  const match = filter.q ? toMatchExpression(searchTerms(filter.q)) : null;
  return and(
    filter.articleId ? eq(comments.articleId, filter.articleId) : undefined,
    filter.sectionId ? eq(articles.sectionId, filter.sectionId) : undefined,
    filter.email ? eq(comments.authorEmail, filter.email.toLowerCase()) : undefined,
    filter.from ? gte(comments.createdAt, new Date(`${filter.from}T00:00:00Z`)) : undefined,
    filter.to ? lt(comments.createdAt, new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS)) : undefined,
    match ? sql`${comments.id} in (select rowid from comment_search where comment_search match ${match})` : undefined,
    // Words that reduce to no token at all (only punctuation) find nothing rather than everything.
    filter.q && !match ? sql`0` : undefined,
  );
}

/** Every queue's length under the same filters, in one pass over the matching comments. */
export function countQueues(filter: QueueFilter = {}): QueueCounts {
  const columns = Object.fromEntries(
    QUEUES.map((q) => [q, sql<number>`coalesce(sum(case when ${queueCondition(q)} then 1 else 0 end), 0)`]),
  ) as Record<Queue, SQL.Aliased<number> | SQL<number>>;
  const row = db
    .select(columns as Record<Queue, SQL<number>>)
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(filterCondition(filter))
    .get();
  return Object.fromEntries(QUEUES.map((q) => [q, Number(row?.[q] ?? 0)])) as QueueCounts;
}

function orderFor(queue: Queue): SQL[] {
  switch (queue) {
    case "pending":
    case "review":
      return [asc(comments.createdAt), asc(comments.id)];
    case "reported":
      return [desc(comments.reportCount), sql`${firstOpenReport} asc`, asc(comments.id)];
    case "appeals":
      return [sql`${appealedAt} asc`, asc(comments.id)];
    default:
      return [sql`${comments.moderatedAt} is null`, desc(comments.moderatedAt), desc(comments.createdAt), desc(comments.id)];
  }
}

const parent = alias(comments, "parent");
const moderator = alias(users, "moderator");

/** A page of one queue, oldest waiting first (decided tabs: latest decision first). */
export function listQueue(input: {
  queue: Queue;
  filter?: QueueFilter;
  page?: number;
  now?: Date;
}): { items: DeskItem[]; total: number } {
  const where = and(queueCondition(input.queue), filterCondition(input.filter ?? {}));
  const page = Math.max(1, Math.floor(input.page ?? 1));
  const rows = selectRows(where, orderFor(input.queue), DESK_PAGE_SIZE, (page - 1) * DESK_PAGE_SIZE);
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(where)
      .get()?.n ?? 0;
  return { total, items: withContext(rows, input.queue, input.now ?? new Date()) };
}

function selectRows(where: SQL | undefined, order: SQL[], limit: number, offset: number): BaseRow[] {
  return db
    .select({
      id: comments.id,
      body: comments.body,
      authorName: comments.authorName,
      authorEmail: comments.authorEmail,
      createdAt: comments.createdAt,
      status: comments.status,
      reason: comments.reason,
      ruleHits: comments.ruleHits,
      featured: comments.featured,
      needsReview: comments.needsReview,
      reportCount: comments.reportCount,
      articleId: articles.id,
      headline: articles.headline,
      slug: articles.slug,
      sectionName: sections.name,
      parentId: parent.id,
      parentAuthorName: parent.authorName,
      moderatedByName: moderator.name,
      moderatedAt: comments.moderatedAt,
      replyCount: sql<number>`(select count(*) from ${comments} r where r.parent_id = ${comments.id})`,
      firstReport: firstOpenReport,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(parent, eq(parent.id, comments.parentId))
    .leftJoin(moderator, eq(moderator.id, comments.moderatedById))
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset)
    .all();
}

/** One comment as the desk shows it, whatever its queue; for the comment's own page. */
export function getDeskItem(id: number, now = new Date()): DeskItem | undefined {
  const rows = selectRows(eq(comments.id, id), [], 1, 0);
  const row = rows[0];
  if (!row) return undefined;
  const queue: Queue = row.status === "rejected" ? "appeals" : row.reportCount > 0 ? "reported" : row.status;
  return withContext(rows, queue, now)[0];
}

/** A queue row before its context is added. */
type BaseRow = Omit<DeskItem, "article" | "parent" | "waitingSince" | "reports" | "appeal" | "claim" | "history" | "undoable"> & {
  articleId: number;
  headline: string;
  slug: string;
  sectionName: string;
  parentId: number | null;
  parentAuthorName: string | null;
  firstReport: number | null;
};

/** Reports, appeals, live claims and decision history for a page of comments, in four queries. */
function withContext(rows: BaseRow[], queue: Queue, now: Date): DeskItem[] {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const reports = db
    .select({ commentId: commentReports.commentId, reason: commentReports.reason, n: sql<number>`count(*)` })
    .from(commentReports)
    .where(and(inArray(commentReports.commentId, ids), isNull(commentReports.resolvedAt)))
    .groupBy(commentReports.commentId, commentReports.reason)
    .orderBy(desc(sql`count(*)`))
    .all();
  const appeals = db
    .select({ commentId: commentAppeals.commentId, message: commentAppeals.message, createdAt: commentAppeals.createdAt })
    .from(commentAppeals)
    .where(and(inArray(commentAppeals.commentId, ids), isNull(commentAppeals.decidedAt)))
    .all();
  const claims = listClaimsFor(ids, now);
  const history = listDecisionsFor(ids);
  return rows.map(({ articleId, headline, slug, sectionName, parentId, parentAuthorName, firstReport, ...row }) => {
    const appeal = appeals.find((a) => a.commentId === row.id);
    const own = history.get(row.id) ?? [];
    const last = own[0];
    const waitingSince =
      queue === "appeals" && appeal
        ? appeal.createdAt
        : queue === "reported" && firstReport
          ? new Date(firstReport * 1000)
          : row.createdAt;
    return {
      ...row,
      replyCount: Number(row.replyCount),
      article: { id: articleId, headline, slug, sectionName },
      parent: parentId !== null && parentAuthorName !== null ? { id: parentId, authorName: parentAuthorName } : null,
      waitingSince,
      reports: reports.filter((r) => r.commentId === row.id).map((r) => ({ reason: r.reason, count: Number(r.n) })),
      appeal: appeal ? { message: appeal.message, createdAt: appeal.createdAt } : null,
      claim: claims.get(row.id) ?? null,
      history: own,
      undoable: Boolean(last && last.actorName !== null && !last.undone && last.action !== "undo"),
    };
  });
}

/** Live claims (not expired) on these comments, with the claimer's name. */
export function listClaimsFor(ids: number[], now = new Date()) {
  const map = new Map<number, { userId: number; name: string; expiresAt: Date }>();
  if (ids.length === 0) return map;
  const rows = db
    .select({ commentId: commentClaims.commentId, userId: commentClaims.userId, name: users.name, expiresAt: commentClaims.expiresAt })
    .from(commentClaims)
    .innerJoin(users, eq(users.id, commentClaims.userId))
    .where(and(inArray(commentClaims.commentId, ids), gt(commentClaims.expiresAt, now)))
    .all();
  for (const { commentId, ...claim } of rows) map.set(commentId, claim);
  return map;
}

/** Stories and sections to filter by: those with comments, most recently commented first. */
export function listFilterOptions(): {
  articles: Array<{ id: number; headline: string }>;
  sections: Array<{ id: number; name: string }>;
} {
  const storyRows = db
    .select({ id: articles.id, headline: articles.headline })
    .from(articles)
    .where(sql`exists (select 1 from ${comments} where ${comments.articleId} = ${articles.id})`)
    .orderBy(desc(sql`(select max(${comments.createdAt}) from ${comments} where ${comments.articleId} = ${articles.id})`))
    .limit(200)
    .all();
  const sectionRows = db.select({ id: sections.id, name: sections.name }).from(sections).orderBy(asc(sections.sortOrder), asc(sections.name)).all();
  return { articles: storyRows, sections: sectionRows };
}
