import { and, eq, inArray, ne } from "drizzle-orm";
import type { Page } from "@playwright/test";
import type { DB } from "../db/client";
import {
  articles,
  commentAppeals,
  commentClaims,
  commentDecisions,
  commentReports,
  comments,
  users,
  type CommentStatus,
  type RuleHit,
} from "../db/schema";
import { loginFor, uniqueSuffix, type StaffRole } from "./fixtures";

// Arranging the moderators' desk straight in the database: readers' comments, their reports
// and appeals, as the reader side would have stored them.

export const SLUG = "riverside-flood-barrier-approved";
export const ARTICLE_URL = `/articles/${SLUG}`;

export function theArticle(db: DB) {
  const article = db.select({ id: articles.id, headline: articles.headline }).from(articles).where(eq(articles.slug, SLUG)).get();
  if (!article) throw new Error(`Seeded article ${SLUG} is missing`);
  return article;
}

export function staffId(db: DB, role: StaffRole): number {
  return db.select({ id: users.id }).from(users).where(eq(users.email, loginFor(role).email)).get()!.id;
}

/** One test's commenter: a unique email, so `?email=` shows only that test's comments. */
export function commenter(label: string) {
  const suffix = uniqueSuffix();
  return { name: `${label} ${suffix}`, email: `${label.toLowerCase()}-${suffix}@example.test`, suffix };
}

const inserted: number[] = [];

export function insertComment(
  db: DB,
  who: { name: string; email: string },
  values: { body?: string; status?: CommentStatus; ruleHits?: RuleHit[]; needsReview?: boolean; minutesAgo?: number; ipHash?: string } = {},
) {
  const body = values.body ?? `Moderation check ${uniqueSuffix()}: the barrier held.`;
  const { id } = db
    .insert(comments)
    .values({
      articleId: theArticle(db).id,
      authorName: who.name,
      authorEmail: who.email,
      body,
      status: values.status ?? "pending",
      ruleHits: values.ruleHits ?? [],
      needsReview: values.needsReview ?? false,
      ipHash: values.ipHash ?? `e2e-${uniqueSuffix()}`,
      createdAt: new Date(Date.now() - (values.minutesAgo ?? 5) * 60_000),
    })
    .returning({ id: comments.id })
    .get();
  inserted.push(id);
  return { id, body };
}

/** Readers' reports, one per reporter, kept in step with the comment's count as the reader side does. */
export function report(db: DB, commentId: number, reasons: Array<"abuse" | "spam" | "off-topic" | "other">) {
  for (const reason of reasons) {
    db.insert(commentReports).values({ commentId, reason, reporterHash: `e2e-${uniqueSuffix()}` }).run();
  }
  db.update(comments).set({ reportCount: reasons.length }).where(eq(comments.id, commentId)).run();
}

export function appeal(db: DB, commentId: number, message: string) {
  db.insert(commentAppeals).values({ commentId, message, createdAt: new Date(Date.now() - 30 * 60_000) }).run();
}

export function stateOf(db: DB, id: number) {
  return db
    .select({ status: comments.status, by: comments.moderatedById, reason: comments.reason, reportCount: comments.reportCount, featured: comments.featured })
    .from(comments)
    .where(eq(comments.id, id))
    .get();
}

export function decisionsOf(db: DB, id: number) {
  return db
    .select({ action: commentDecisions.action, undone: commentDecisions.undoneAt, actorId: commentDecisions.actorId })
    .from(commentDecisions)
    .where(eq(commentDecisions.commentId, id))
    .orderBy(commentDecisions.id)
    .all()
    .map((d) => ({ action: d.action, undone: d.undone !== null, actorId: d.actorId }));
}

export function claimOf(db: DB, id: number) {
  return db.select({ userId: commentClaims.userId }).from(commentClaims).where(eq(commentClaims.commentId, id)).get();
}

/**
 * Approved test comments stay: they are on cached article pages, and deleting them would leave
 * those pages stale. The rest are invisible to readers and simply go.
 */
export function cleanUpComments(db: DB) {
  const ids = inserted.splice(0);
  if (ids.length) db.delete(comments).where(and(inArray(comments.id, ids), ne(comments.status, "approved"))).run();
}

/** The desk filtered to one commenter, in one queue. */
export function deskFor(email: string, queue = "pending") {
  const params = new URLSearchParams({ email });
  if (queue !== "pending") params.set("queue", queue);
  return `/admin/comments?${params}`;
}

export const item = (page: Page, name: string) => page.getByRole("article", { name: new RegExp(name) });

/** Opens `url` and waits until the desk listens for its keyboard shortcuts. */
export async function openDesk(page: Page, url: string) {
  await page.goto(url);
  await page.locator('[data-keys="ready"]').waitFor();
}
