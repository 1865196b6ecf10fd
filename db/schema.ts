import { relations, sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

export const ROLES = ["admin", "editor", "author", "moderator"] as const;
export type Role = (typeof ROLES)[number];

/**
 * The editorial workflow. `scheduled` articles are public once `published_at` has passed, with no
 * job needed; who may move an article between these is decided in lib/workflow.ts.
 */
export const ARTICLE_STATUSES = ["draft", "review", "scheduled", "published", "unpublished", "archived"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const COMMENT_STATUSES = ["pending", "approved", "rejected", "spam"] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

const createdAt = () =>
  integer("created_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`);

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  /** Public author-page address, e.g. /authors/ada-lovelace. */
  slug: text("slug").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: ROLES }).notNull(),
  bio: text("bio").notNull().default(""),
  avatarUrl: text("avatar_url"),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  /** Consecutive failed sign-ins; reset by a successful one. */
  failedLogins: integer("failed_logins").notNull().default(0),
  lockedUntil: integer("locked_until", { mode: "timestamp" }),
  createdAt: createdAt(),
});
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export const sections = sqliteTable("sections", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  sortOrder: integer("sort_order").notNull().default(0),
});
export type Section = typeof sections.$inferSelect;
export type NewSection = typeof sections.$inferInsert;

export const tags = sqliteTable("tags", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
});
export type Tag = typeof tags.$inferSelect;
export type NewTag = typeof tags.$inferInsert;

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    headline: text("headline").notNull(),
    dek: text("dek").notNull().default(""),
    /** Markdown source; rendered to sanitised HTML at read time. */
    body: text("body").notNull().default(""),
    status: text("status", { enum: ARTICLE_STATUSES }).notNull().default("draft"),
    publishedAt: integer("published_at", { mode: "timestamp" }),
    updatedAt: integer("updated_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
    createdAt: createdAt(),
    sectionId: integer("section_id")
      .notNull()
      .references(() => sections.id, { onDelete: "restrict" }),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    heroImageUrl: text("hero_image_url"),
    heroImageAlt: text("hero_image_alt").notNull().default(""),
    heroImageCaption: text("hero_image_caption").notNull().default(""),
    commentsOpen: integer("comments_open", { mode: "boolean" }).notNull().default(true),
    /** Library image chosen as hero; the URL above is its rendered address. */
    heroMediaId: integer("hero_media_id").references((): AnySQLiteColumn => media.id, { onDelete: "set null" }),
    heroImageCredit: text("hero_image_credit").notNull().default(""),
    seoTitle: text("seo_title").notNull().default(""),
    seoDescription: text("seo_description").notNull().default(""),
    /** The public "updated" time: moved only by a correction, clarification or update entry. */
    substantiveUpdatedAt: integer("substantive_updated_at", { mode: "timestamp" }),
    assigneeId: integer("assignee_id").references(() => users.id, { onDelete: "set null" }),
    dueAt: integer("due_at", { mode: "timestamp" }),
    /** Bumped on every content save; a save based on an older version is a conflict, not an overwrite. */
    version: integer("version").notNull().default(1),
    /** SHA-256 of the current preview link's token; null when there is none. */
    previewTokenHash: text("preview_token_hash"),
  },
  (t) => [
    uniqueIndex("articles_slug_unique").on(t.slug),
    index("articles_status_published_idx").on(t.status, t.publishedAt),
    index("articles_section_status_published_idx").on(t.sectionId, t.status, t.publishedAt),
    index("articles_created_by_idx").on(t.createdById),
    index("articles_assignee_idx").on(t.assigneeId),
    uniqueIndex("articles_preview_token_unique").on(t.previewTokenHash),
  ],
);
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;

export const articleAuthors = sqliteTable(
  "article_authors",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.userId] }),
    index("article_authors_user_idx").on(t.userId),
  ],
);

export const articleTags = sqliteTable(
  "article_tags",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index("article_tags_tag_idx").on(t.tagId)],
);

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

/** Front-page curation: the lead story and pinned stories, in order. */
export const frontPageSlots = sqliteTable("front_page_slots", {
  articleId: integer("article_id")
    .primaryKey()
    .references(() => articles.id, { onDelete: "cascade" }),
  isLead: integer("is_lead", { mode: "boolean" }).notNull().default(false),
  position: integer("position").notNull().default(0),
});

/** Small site-wide settings (the breaking-news banner), one JSON value per key. */
export const siteSettings = sqliteTable("site_settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`),
});

/** Uploaded images. Originals and generated sizes live under <data folder>/media. */
export const media = sqliteTable(
  "media",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Storage name without extension, random, e.g. `k3x9…`; sizes are `<key>-<width>.<ext>`. */
    storageKey: text("storage_key").notNull().unique(),
    originalName: text("original_name").notNull(),
    mimeType: text("mime_type").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    bytes: integer("bytes").notNull(),
    alt: text("alt").notNull(),
    caption: text("caption").notNull().default(""),
    credit: text("credit").notNull().default(""),
    uploadedById: integer("uploaded_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("media_created_idx").on(t.createdAt)],
);
export type Media = typeof media.$inferSelect;

/** Staff actions worth answering for later: publish, unpublish, role change, deletion… */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: integer("target_id"),
    summary: text("summary").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_created_idx").on(t.createdAt), index("audit_log_action_idx").on(t.action, t.createdAt)],
);
export type AuditEntry = typeof auditLog.$inferSelect;

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

/**
 * Anonymous reads per article per UTC day ('YYYY-MM-DD'), for the Most read list: no reader data,
 * only a count. Written in batches from each server process's in-memory buffer (lib/most-read.ts);
 * rows past the retention period are pruned by day, hence the index.
 */
export const articleViewsDaily = sqliteTable(
  "article_views_daily",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    day: text("day").notNull(),
    views: integer("views").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.day] }), index("article_views_daily_day_idx").on(t.day)],
);

export const usersRelations = relations(users, ({ many }) => ({
  bylines: many(articleAuthors),
}));

export const sectionsRelations = relations(sections, ({ many }) => ({
  articles: many(articles),
}));

export const articlesRelations = relations(articles, ({ one, many }) => ({
  section: one(sections, { fields: [articles.sectionId], references: [sections.id] }),
  authors: many(articleAuthors),
  tags: many(articleTags),
  comments: many(comments),
}));

export const articleAuthorsRelations = relations(articleAuthors, ({ one }) => ({
  article: one(articles, { fields: [articleAuthors.articleId], references: [articles.id] }),
  user: one(users, { fields: [articleAuthors.userId], references: [users.id] }),
}));

export const articleTagsRelations = relations(articleTags, ({ one }) => ({
  article: one(articles, { fields: [articleTags.articleId], references: [articles.id] }),
  tag: one(tags, { fields: [articleTags.tagId], references: [tags.id] }),
}));

export const commentsRelations = relations(comments, ({ one }) => ({
  article: one(articles, { fields: [comments.articleId], references: [articles.id] }),
}));
