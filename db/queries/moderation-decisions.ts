import "server-only";
import { and, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { db } from "@/db";
import { recordCommentDecision, type CommentDecisionAction } from "@/db/comment-decisions";
import type { SQLiteUpdateSetSource } from "drizzle-orm/sqlite-core";
import { articles, commentAppeals, commentClaims, commentDecisions, commentReports, comments, users, type CommentStatus } from "@/db/schema";

// Every moderator decision on a comment: one transaction that matches the state the moderator
// saw, refuses a comment someone else is reviewing, resolves its reports, releases its claim and
// records the decision (history + site audit log) through recordCommentDecision.

export type Refusal = { ok: false; why: "missing" | "moved" | "claimed" | "nothing"; claimedBy?: string };
export type Decided = {
  ok: true;
  commentId: number;
  articleId: number;
  slug: string;
  authorName: string;
  from: CommentStatus;
  to: CommentStatus;
  /** Readers' view of the article changed (approval gained or lost, featuring on a live comment). */
  readersSeeChange: boolean;
};
export type DecisionResult = Decided | Refusal;

type Loaded = {
  id: number;
  status: CommentStatus;
  articleId: number;
  authorName: string;
  featured: boolean;
  needsReview: boolean;
  reportCount: number;
  slug: string;
  headline: string;
};

function load(id: number): Loaded | undefined {
  return db
    .select({
      id: comments.id,
      status: comments.status,
      articleId: comments.articleId,
      authorName: comments.authorName,
      featured: comments.featured,
      needsReview: comments.needsReview,
      reportCount: comments.reportCount,
      slug: articles.slug,
      headline: articles.headline,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(eq(comments.id, id))
    .get();
}

/** The comment, unless it is gone or another moderator holds it: the refusal then. */
function loadUnclaimed(id: number, actorId: number, now: Date): Loaded | Refusal {
  const c = load(id);
  if (!c) return { ok: false, why: "missing" };
  const claimer = claimedByOther(c.id, actorId, now);
  return claimer ? { ok: false, why: "claimed", claimedBy: claimer } : c;
}

/** Someone else's live claim on the comment, if any. */
export function claimedByOther(commentId: number, actorId: number, now: Date): string | null {
  const row = db
    .select({ name: users.name })
    .from(commentClaims)
    .innerJoin(users, eq(users.id, commentClaims.userId))
    .where(and(eq(commentClaims.commentId, commentId), ne(commentClaims.userId, actorId), gt(commentClaims.expiresAt, now)))
    .get();
  return row?.name ?? null;
}

const VERB: Record<string, string> = {
  approve: "Approved",
  reject: "Rejected",
  spam: "Marked as spam",
  feature: "Featured",
  unfeature: "Unfeatured",
  undo: "Undid a decision on",
  "appeal-upheld": "Upheld the rejection of",
  "appeal-overturned": "Published on appeal",
};

function record(c: Loaded, actorId: number, action: CommentDecisionAction, from: CommentStatus, to: CommentStatus, reason: string, now: Date) {
  recordCommentDecision(
    db,
    {
      commentId: c.id,
      articleId: c.articleId,
      actorId,
      action,
      fromStatus: from,
      toStatus: to,
      reason,
      needsReviewBefore: c.needsReview,
      summary: `${VERB[action] ?? action} a comment by ${c.authorName} on “${c.headline}”`,
    },
    now,
  );
}

function done(c: Loaded, from: CommentStatus, to: CommentStatus, readersSeeChange: boolean): Decided {
  return { ok: true, commentId: c.id, articleId: c.articleId, slug: c.slug, authorName: c.authorName, from, to, readersSeeChange };
}

/** Marks the comment's open reports resolved and zeroes its count. */
function resolveReports(commentId: number, now: Date) {
  db.update(commentReports)
    .set({ resolvedAt: now })
    .where(and(eq(commentReports.commentId, commentId), isNull(commentReports.resolvedAt)))
    .run();
}

function releaseClaim(commentId: number) {
  db.delete(commentClaims).where(eq(commentClaims.commentId, commentId)).run();
}

const ACTION_FOR = { approved: "approve", rejected: "reject", spam: "spam" } as const;

/**
 * Approve, reject or spam. `expected` is the state the moderator saw: if the comment has moved
 * on, nothing changes. Approving an already published comment is how a moderator clears it
 * from the reported and to-review queues ("keep").
 */
export function decideComment(input: {
  id: number;
  expected: CommentStatus;
  to: "approved" | "rejected" | "spam";
  reason?: string;
  actorId: number;
  now?: Date;
}): DecisionResult {
  const now = input.now ?? new Date();
  return db.transaction(() => {
    const c = loadUnclaimed(input.id, input.actorId, now);
    if ("why" in c) return c;
    if (c.status !== input.expected) return { ok: false, why: "moved" } as const;
    if (c.status === input.to && !c.needsReview && c.reportCount === 0) return { ok: false, why: "moved" } as const;
    const reason = input.to === "approved" ? "" : (input.reason ?? "").trim();
    db.update(comments)
      .set({ status: input.to, moderatedById: input.actorId, moderatedAt: now, reason, needsReview: false, reportCount: 0 })
      .where(and(eq(comments.id, c.id), eq(comments.status, input.expected)))
      .run();
    resolveReports(c.id, now);
    if (input.to === "approved" && c.status === "rejected") {
      // Publishing a rejected comment answers its appeal, if one was waiting.
      db.update(commentAppeals)
        .set({ decidedAt: now, decidedById: input.actorId, outcome: "overturned" })
        .where(and(eq(commentAppeals.commentId, c.id), isNull(commentAppeals.decidedAt)))
        .run();
    }
    releaseClaim(c.id);
    record(c, input.actorId, ACTION_FOR[input.to], c.status, input.to, reason, now);
    const visible = (s: CommentStatus) => s === "approved";
    return done(c, c.status, input.to, visible(c.status) !== visible(input.to));
  });
}

/**
 * Features or unfeatures. Featuring a pending comment publishes it too (one decision, as
 * Coral does); only a published or pending comment can be featured.
 */
export function setFeatured(input: { id: number; expected: CommentStatus; featured: boolean; actorId: number; now?: Date }): DecisionResult {
  const now = input.now ?? new Date();
  return db.transaction(() => {
    const c = loadUnclaimed(input.id, input.actorId, now);
    if ("why" in c) return c;
    if (c.status !== input.expected || c.featured === input.featured) return { ok: false, why: "moved" } as const;
    if (input.featured ? c.status !== "approved" && c.status !== "pending" : false) return { ok: false, why: "moved" } as const;
    const to: CommentStatus = input.featured ? "approved" : c.status;
    db.update(comments)
      .set({
        featured: input.featured,
        status: to,
        ...(to !== c.status ? { moderatedById: input.actorId, moderatedAt: now, reason: "" } : {}),
      })
      .where(and(eq(comments.id, c.id), eq(comments.status, c.status)))
      .run();
    if (to !== c.status) releaseClaim(c.id);
    record(c, input.actorId, input.featured ? "feature" : "unfeature", c.status, to, "", now);
    return done(c, c.status, to, to === "approved" || c.status === "approved");
  });
}

/** Keep the rejection ("upheld") or publish the comment ("overturned"). */
export function decideAppeal(input: { id: number; outcome: "upheld" | "overturned"; actorId: number; now?: Date }): DecisionResult {
  const now = input.now ?? new Date();
  return db.transaction(() => {
    const c = loadUnclaimed(input.id, input.actorId, now);
    if ("why" in c) return c;
    if (c.status !== "rejected") return { ok: false, why: "moved" } as const;
    const open = db
      .update(commentAppeals)
      .set({ decidedAt: now, decidedById: input.actorId, outcome: input.outcome })
      .where(and(eq(commentAppeals.commentId, c.id), isNull(commentAppeals.decidedAt)))
      .returning({ id: commentAppeals.id })
      .get();
    if (!open) return { ok: false, why: "moved" } as const;
    const to: CommentStatus = input.outcome === "overturned" ? "approved" : "rejected";
    if (to !== c.status) {
      db.update(comments).set({ status: to, reason: "", moderatedById: input.actorId, moderatedAt: now }).where(eq(comments.id, c.id)).run();
    }
    releaseClaim(c.id);
    record(c, input.actorId, input.outcome === "overturned" ? "appeal-overturned" : "appeal-upheld", c.status, to, "", now);
    return done(c, c.status, to, to !== c.status);
  });
}

/**
 * Takes back the last decision on a comment, if a person made it and the comment is still
 * where that decision left it: restores the earlier state (reports, feature flag, appeal),
 * marks the decision undone and records the undo.
 */
export function undoLastDecision(input: { id: number; actorId: number; now?: Date }): DecisionResult {
  const now = input.now ?? new Date();
  return db.transaction(() => {
    const c = load(input.id);
    if (!c) return { ok: false, why: "missing" } as const;
    const last = db
      .select()
      .from(commentDecisions)
      .where(eq(commentDecisions.commentId, c.id))
      .orderBy(desc(commentDecisions.id))
      .limit(1)
      .get();
    if (!last || last.actorId === null || last.undoneAt || last.action === "undo") return { ok: false, why: "nothing" } as const;
    const claimer = claimedByOther(c.id, input.actorId, now);
    if (claimer) return { ok: false, why: "claimed", claimedBy: claimer } as const;
    if (last.toStatus && last.toStatus !== c.status) return { ok: false, why: "moved" } as const;
    const from = c.status;
    const to = (last.fromStatus ?? c.status) as CommentStatus;
    const patch: SQLiteUpdateSetSource<typeof comments> = { status: to };
    if (last.action === "feature") patch.featured = false;
    if (last.action === "unfeature") patch.featured = true;
    if (to === "pending") Object.assign(patch, { moderatedById: null, moderatedAt: null, reason: "" });
    if (last.action.startsWith("appeal-")) {
      db.update(commentAppeals)
        .set({ decidedAt: null, decidedById: null, outcome: null })
        .where(eq(commentAppeals.commentId, c.id))
        .run();
    }
    if (["approve", "reject", "spam"].includes(last.action)) {
      // Reports the decision resolved (same moment) are open again.
      const reopened = db
        .update(commentReports)
        .set({ resolvedAt: null })
        .where(and(eq(commentReports.commentId, c.id), eq(commentReports.resolvedAt, last.createdAt)))
        .returning({ id: commentReports.id })
        .all().length;
      if (reopened > 0) patch.reportCount = sql`(select count(*) from ${commentReports} where ${commentReports.commentId} = ${c.id} and ${commentReports.resolvedAt} is null)`;
      // Rows from before the flag was recorded: keeping a post-moderated comment is what cleared it.
      else if (last.needsReviewBefore === null && last.action === "approve" && last.fromStatus === "approved") patch.needsReview = true;
      if (to === "rejected") patch.reason = reasonBefore(c.id, last.id);
    }
    if (last.needsReviewBefore !== null) patch.needsReview = last.needsReviewBefore;
    db.update(comments).set(patch).where(eq(comments.id, c.id)).run();
    db.update(commentDecisions).set({ undoneAt: now }).where(eq(commentDecisions.id, last.id)).run();
    record(c, input.actorId, "undo", from, to, `undid “${last.action}”`, now);
    const visibleBefore = from === "approved";
    const visibleAfter = to === "approved";
    return done(c, from, to, visibleBefore !== visibleAfter || (visibleAfter && last.action.endsWith("feature")));
  });
}

/** The rejection reason in force before decision `beforeId`, for an undo that restores a rejection. */
function reasonBefore(commentId: number, beforeId: number): string {
  const row = db
    .select({ reason: commentDecisions.reason })
    .from(commentDecisions)
    .where(
      and(
        eq(commentDecisions.commentId, commentId),
        sql`${commentDecisions.id} < ${beforeId}`,
        eq(commentDecisions.toStatus, "rejected"),
        isNull(commentDecisions.undoneAt),
      ),
    )
    .orderBy(desc(commentDecisions.id))
    .limit(1)
    .get();
  return row?.reason ?? "";
}
