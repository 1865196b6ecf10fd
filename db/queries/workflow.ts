import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, lte, min, sql } from "drizzle-orm";
import { db } from "@/db";
import { articles, articleTransitions, scheduledUpdates, users, type ArticleStatus } from "@/db/schema";

// Status changes and the transitions log. Content saves live in article-editor.ts; this module
// is the only writer of `status` and `published_at`.

export type TransitionResult = { id: number; slug: string; status: ArticleStatus; publishedAt: Date | null };

/**
 * Moves an article from `from` to `to` and logs who did it. Matching on the status the actor saw
 * makes a double click or two editors at once harmless: the second finds nothing to move and gets
 * undefined. Publishing stamps `now`; scheduling stamps the chosen time; everything else keeps it.
 */
export function transitionArticle(input: {
  id: number;
  from: ArticleStatus;
  to: ArticleStatus;
  actorId: number | null;
  note?: string;
  publishAt?: Date;
  now?: Date;
}): TransitionResult | undefined {
  const now = input.now ?? new Date();
  return db.transaction((tx) => {
    const publishedAt =
      input.to === "published" ? now : input.to === "scheduled" ? (input.publishAt ?? now) : undefined;
    const moved = tx
      .update(articles)
      .set({ status: input.to, ...(publishedAt ? { publishedAt } : {}), previewTokenHash: input.to === "published" ? null : undefined })
      .where(and(eq(articles.id, input.id), eq(articles.status, input.from)))
      .returning({ id: articles.id, slug: articles.slug, status: articles.status, publishedAt: articles.publishedAt })
      .get();
    if (!moved) return undefined;
    tx.insert(articleTransitions)
      .values({ articleId: input.id, actorId: input.actorId, fromStatus: input.from, toStatus: input.to, note: input.note ?? "", createdAt: now })
      .run();
    return moved;
  });
}

/**
 * Records the clock's work: scheduled articles whose time has passed become `published` in the
 * staff views too. Readers never wait for this (the public rule already shows them); it only
 * keeps the desk and the transitions log truthful. Returns the slugs that changed.
 */
export function promoteDueScheduled(now = new Date()): string[] {
  const due = db
    .select({ id: articles.id, slug: articles.slug, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(eq(articles.status, "scheduled"), lte(articles.publishedAt, now)))
    .all();
  for (const article of due) {
    transitionArticle({ id: article.id, from: "scheduled", to: "published", actorId: null, now: article.publishedAt ?? now });
  }
  return due.map((a) => a.slug);
}

export type TransitionLogEntry = {
  id: number;
  from: ArticleStatus;
  to: ArticleStatus;
  note: string;
  at: Date;
  actorName: string | null;
};

export function listTransitions(articleId: number): TransitionLogEntry[] {
  return db
    .select({
      id: articleTransitions.id,
      from: articleTransitions.fromStatus,
      to: articleTransitions.toStatus,
      note: articleTransitions.note,
      at: articleTransitions.createdAt,
      actorName: users.name,
    })
    .from(articleTransitions)
    .leftJoin(users, eq(users.id, articleTransitions.actorId))
    .where(eq(articleTransitions.articleId, articleId))
    .orderBy(desc(articleTransitions.id))
    .all();
}

/** The latest note left when the article was sent back, for the writer to read. */
export function latestSendBackNote(articleId: number): TransitionLogEntry | undefined {
  return listTransitions(articleId).find((t) => t.from === "review" && t.to === "draft" && t.note !== "");
}

export function setAssignment(id: number, assigneeId: number | null, dueAt: Date | null): boolean {
  return db.update(articles).set({ assigneeId, dueAt }).where(eq(articles.id, id)).run().changes > 0;
}

export type QueueRow = {
  id: number;
  headline: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  dueAt: Date | null;
  updatedAt: Date;
  assigneeName: string | null;
};

const queueColumns = {
  id: articles.id,
  headline: articles.headline,
  status: articles.status,
  publishedAt: articles.publishedAt,
  dueAt: articles.dueAt,
  updatedAt: articles.updatedAt,
  assigneeName: users.name,
};

/** Stories waiting for an editor, oldest submission first (due ones on top). */
export function listWaitingForReview(): QueueRow[] {
  return db
    .select(queueColumns)
    .from(articles)
    .leftJoin(users, eq(users.id, articles.assigneeId))
    .where(eq(articles.status, "review"))
    .orderBy(sql`${articles.dueAt} is null`, asc(articles.dueAt), asc(articles.updatedAt))
    .all();
}

/** Stories still to go live: scheduled articles, soonest first. */
export function listUpcoming(now = new Date()): QueueRow[] {
  return db
    .select(queueColumns)
    .from(articles)
    .leftJoin(users, eq(users.id, articles.assigneeId))
    .where(and(eq(articles.status, "scheduled"), gt(articles.publishedAt, now)))
    .orderBy(asc(articles.publishedAt))
    .all();
}

export function countWaitingForReview(): number {
  return db.select({ n: sql<number>`count(*)` }).from(articles).where(eq(articles.status, "review")).get()?.n ?? 0;
}

/**
 * The next moment a reader's page must change by itself: the soonest scheduled publication or
 * scheduled update still ahead. Reader pages use it as their cache lifetime.
 */
export function nextScheduledChange(now = new Date()): Date | null {
  const article = db
    .select({ at: min(articles.publishedAt) })
    .from(articles)
    .where(and(inArray(articles.status, ["scheduled"]), gt(articles.publishedAt, now)))
    .get()?.at;
  const update = db
    .select({ at: min(scheduledUpdates.publishAt) })
    .from(scheduledUpdates)
    .where(and(isNull(scheduledUpdates.appliedAt), gt(scheduledUpdates.publishAt, now)))
    .get()?.at;
  const times = [article, update].filter((t): t is Date => t instanceof Date);
  return times.length ? new Date(Math.min(...times.map((t) => t.getTime()))) : null;
}
