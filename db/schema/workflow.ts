// The newsroom's record of an article's life: status changes, revisions, corrections, old
// slugs, scheduled updates, and who has it open in the editor.
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { ARTICLE_STATUSES, articles } from "./articles";
import { createdAt } from "./columns";
import { users } from "./users";

/** Every status change of an article: who, when, from, to and why. */
export const articleTransitions = sqliteTable(
  "article_transitions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** Null when the clock made the change (a scheduled article going live). */
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    fromStatus: text("from_status", { enum: ARTICLE_STATUSES }).notNull(),
    toStatus: text("to_status", { enum: ARTICLE_STATUSES }).notNull(),
    note: text("note").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("article_transitions_article_idx").on(t.articleId, t.createdAt)],
);
export type ArticleTransition = typeof articleTransitions.$inferSelect;

/** A full snapshot of an article's editable fields (JSON), taken on every save; never capped. */
export const articleRevisions = sqliteTable(
  "article_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    snapshot: text("snapshot", { mode: "json" }).notNull(),
    note: text("note").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("article_revisions_article_idx").on(t.articleId, t.id)],
);
export type ArticleRevision = typeof articleRevisions.$inferSelect;

export const CORRECTION_KINDS = ["correction", "clarification", "update"] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** Corrections as data: shown on the article, in its structured data and on /corrections. */
export const corrections = sqliteTable(
  "corrections",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: CORRECTION_KINDS }).notNull(),
    body: text("body").notNull(),
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("corrections_article_idx").on(t.articleId), index("corrections_created_idx").on(t.createdAt)],
);
export type Correction = typeof corrections.$inferSelect;

/** Old addresses of renamed articles, answered with a 301 to the current slug. */
export const slugRedirects = sqliteTable(
  "slug_redirects",
  {
    oldSlug: text("old_slug").primaryKey(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("slug_redirects_article_idx").on(t.articleId)],
);

/** A prepared new version of a live article, swapped in when `publish_at` passes. */
export const scheduledUpdates = sqliteTable(
  "scheduled_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    snapshot: text("snapshot", { mode: "json" }).notNull(),
    publishAt: integer("publish_at", { mode: "timestamp" }).notNull(),
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    appliedAt: integer("applied_at", { mode: "timestamp" }),
  },
  (t) => [
    index("scheduled_updates_due_idx").on(t.appliedAt, t.publishAt),
    index("scheduled_updates_article_idx").on(t.articleId),
  ],
);

/** Who has an article open in the editor right now (a heartbeat, kept for a minute). */
export const editorPresence = sqliteTable(
  "editor_presence",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    seenAt: integer("seen_at", { mode: "timestamp" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
);
