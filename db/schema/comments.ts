// Readers' comments and their moderation.
import { type AnySQLiteColumn, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { articles } from "./articles";
import { createdAt } from "./columns";
import { users } from "./users";

export const COMMENT_STATUSES = ["pending", "approved", "rejected", "spam"] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

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
  },
  (t) => [
    index("comments_article_status_created_idx").on(t.articleId, t.status, t.createdAt),
    index("comments_status_created_idx").on(t.status, t.createdAt),
    index("comments_parent_idx").on(t.parentId),
  ],
);
export type Comment = typeof comments.$inferSelect;
export type NewComment = typeof comments.$inferInsert;
