// Correction drafts: a reader's comment says the story is wrong, staff mark it as a factual
// challenge, and the editors get a draft correction on that story, linked to the comment. Kept
// apart from `corrections` on purpose: every public corrections query reads that table alone,
// so a draft can never reach a reader by a forgotten filter.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { articles } from "./articles";
import { createdAt } from "./columns";
import { comments } from "./comments";
import { users } from "./users";
import { CORRECTION_KINDS, corrections } from "./workflow";

export const CORRECTION_DRAFT_STATUSES = ["open", "published", "dismissed"] as const;
export type CorrectionDraftStatus = (typeof CORRECTION_DRAFT_STATUSES)[number];

export const correctionDrafts = sqliteTable(
  "correction_drafts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** The challenging comment; null once it is deleted (the draft stays for the editors). */
    commentId: integer("comment_id").references(() => comments.id, { onDelete: "set null" }),
    /** What staff say the comment shows to be wrong: for the newsroom, never published. */
    note: text("note").notNull(),
    kind: text("kind", { enum: CORRECTION_KINDS }).notNull().default("correction"),
    /** The text readers will see once an editor publishes it. */
    body: text("body").notNull(),
    status: text("status", { enum: CORRECTION_DRAFT_STATUSES }).notNull().default("open"),
    /** The published correction, once there is one. */
    correctionId: integer("correction_id").references(() => corrections.id, { onDelete: "set null" }),
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    resolvedById: integer("resolved_by_id").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: integer("resolved_at", { mode: "timestamp" }),
  },
  (t) => [
    index("correction_drafts_article_idx").on(t.articleId, t.status),
    index("correction_drafts_status_idx").on(t.status, t.createdAt),
    index("correction_drafts_comment_idx").on(t.commentId),
  ],
);
export type CorrectionDraft = typeof correctionDrafts.$inferSelect;
