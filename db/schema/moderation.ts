// Comment moderation beyond the comment itself: reports, appeals, claims, bans, notes and the
// history of every decision (issue 5).
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { comments } from "./comments";
import { createdAt } from "./columns";
import { users } from "./users";

export const REPORT_REASONS = ["abuse", "spam", "off-topic", "other"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** A reader's report. One per reader (by `reporterHash`) per comment: repeats count once. */
export const commentReports = sqliteTable(
  "comment_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    commentId: integer("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    reason: text("reason", { enum: REPORT_REASONS }).notNull(),
    detail: text("detail").notNull().default(""),
    /** Salted hash of the reporter's address: tells repeats apart, identifies nobody. */
    reporterHash: text("reporter_hash").notNull(),
    createdAt: createdAt(),
    /** Set when a moderator decided on the comment after the report. */
    resolvedAt: integer("resolved_at", { mode: "timestamp" }),
  },
  (t) => [
    uniqueIndex("comment_reports_comment_reporter_idx").on(t.commentId, t.reporterHash),
    index("comment_reports_open_idx").on(t.resolvedAt, t.createdAt),
  ],
);

export const APPEAL_OUTCOMES = ["upheld", "overturned"] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** A commenter's one appeal against a rejection, sent from their private status link. */
export const commentAppeals = sqliteTable(
  "comment_appeals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    commentId: integer("comment_id")
      .notNull()
      .unique()
      .references(() => comments.id, { onDelete: "cascade" }),
    message: text("message").notNull(),
    createdAt: createdAt(),
    decidedAt: integer("decided_at", { mode: "timestamp" }),
    decidedById: integer("decided_by_id").references(() => users.id, { onDelete: "set null" }),
    outcome: text("outcome", { enum: APPEAL_OUTCOMES }),
  },
  (t) => [index("comment_appeals_open_idx").on(t.decidedAt, t.createdAt)],
);

/** "Being reviewed by …": a moderator holds a comment for a short time; others skip it. */
export const commentClaims = sqliteTable("comment_claims", {
  commentId: integer("comment_id")
    .primaryKey()
    .references(() => comments.id, { onDelete: "cascade" }),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expiresAt: integer("expires_at", { mode: "timestamp" }).notNull(),
});

/** A ban (no `expiresAt`) or suspension of a commenter, by email, hashed address, or both. */
export const commenterBans = sqliteTable(
  "commenter_bans",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Lower-case. */
    email: text("email"),
    ipHash: text("ip_hash"),
    reason: text("reason").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp" }),
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    liftedAt: integer("lifted_at", { mode: "timestamp" }),
    liftedById: integer("lifted_by_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("commenter_bans_email_idx").on(t.email), index("commenter_bans_ip_idx").on(t.ipHash)],
);

/** Moderators' notes on a commenter (by lower-case email), shown with their history. */
export const commenterNotes = sqliteTable(
  "commenter_notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    body: text("body").notNull(),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("commenter_notes_email_idx").on(t.email, t.createdAt)],
);

/**
 * Every change to a comment's moderation state, by a person or (no actor) by a rule: the
 * comment's history, and what "undo" restores.
 */
export const commentDecisions = sqliteTable(
  "comment_decisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    commentId: integer("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    /** null: a rule or the system acted. */
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** approve, reject, spam, feature, unfeature, undo, hold, auto-reject, … */
    action: text("action").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    reason: text("reason").notNull().default(""),
    /** The comment's "to review" flag before this decision, so undo restores it exactly; null on older rows. */
    needsReviewBefore: integer("needs_review_before", { mode: "boolean" }),
    createdAt: createdAt(),
    undoneAt: integer("undone_at", { mode: "timestamp" }),
  },
  (t) => [index("comment_decisions_comment_idx").on(t.commentId, t.createdAt)],
);
