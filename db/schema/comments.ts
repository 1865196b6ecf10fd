// Readers' comments and their moderation.
import { sql } from "drizzle-orm";
import { type AnySQLiteColumn, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { articles } from "./articles";
import { createdAt } from "./columns";
import { users } from "./users";

export const COMMENT_STATUSES = ["pending", "approved", "rejected", "spam"] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** One rule's verdict on a comment, e.g. { rule: "suspect-word", detail: "idiot" }. */
export type RuleHit = { rule: string; detail?: string };

export const comments = sqliteTable(
  "comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnySQLiteColumn => comments.id, {
      onDelete: "cascade",
    }),
    authorName: text("author_name").notNull(),
    /** Never shown publicly; kept for moderators and later notifications. */
    authorEmail: text("author_email").notNull(),
    /** Plain text, always escaped on output. */
    body: text("body").notNull(),
    status: text("status", { enum: COMMENT_STATUSES }).notNull().default("pending"),
    createdAt: createdAt(),
    /** Salted SHA-256 of the poster's IP: enough to spot abuse, useless to identify anyone. */
    ipHash: text("ip_hash").notNull().default(""),
    moderatedById: integer("moderated_by_id").references(() => users.id, {
      onDelete: "set null",
    }),
    moderatedAt: integer("moderated_at", { mode: "timestamp" }),
    /** The moderator's reason, told to the commenter on their private status page. */
    reason: text("reason").notNull().default(""),
    /** Why a rule acted before a person saw the comment, shown in the queue. */
    ruleHits: text("rule_hits", { mode: "json" }).$type<RuleHit[]>().notNull().default(sql`'[]'`),
    featured: integer("featured", { mode: "boolean" }).notNull().default(false),
    /** Published at once on a post-moderated story and not yet looked at by a moderator. */
    needsReview: integer("needs_review", { mode: "boolean" }).notNull().default(false),
    /** SHA-256 of the token in the commenter's private status link; the token itself is never kept. */
    statusTokenHash: text("status_token_hash"),
    /** Distinct readers' open reports, kept in step with comment_reports for the reported queue. */
    reportCount: integer("report_count").notNull().default(0),
  },
  (t) => [
    index("comments_article_status_created_idx").on(t.articleId, t.status, t.createdAt),
    index("comments_status_created_idx").on(t.status, t.createdAt),
    index("comments_parent_idx").on(t.parentId),
    uniqueIndex("comments_status_token_idx").on(t.statusTokenHash),
    // A commenter's history, trust and flood limits, by email and by hashed address.
    index("comments_author_email_idx").on(t.authorEmail, t.createdAt),
    index("comments_ip_hash_idx").on(t.ipHash, t.createdAt),
    index("comments_reported_idx").on(t.reportCount, t.createdAt),
  ],
);
export type Comment = typeof comments.$inferSelect;
export type NewComment = typeof comments.$inferInsert;
