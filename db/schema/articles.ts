// Stories, the sections and tags they are filed under, and their bylines.
import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { media } from "./media";
import { users } from "./users";

/**
 * The editorial workflow. `scheduled` articles are public once `published_at` has passed, with no
 * job needed; who may move an article between these is decided in lib/workflow.ts.
 */
export const ARTICLE_STATUSES = ["draft", "review", "scheduled", "published", "unpublished", "archived"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/**
 * open: published unless a rule holds it; pre: everything waits for a moderator; post: published
 * at once and reviewed after. Closed is `comments_open = 0`, whatever the mode.
 */
export const COMMENT_MODERATION_MODES = ["default", "open", "pre", "post"] as const;
export type CommentModerationMode = (typeof COMMENT_MODERATION_MODES)[number];

export const sections = sqliteTable("sections", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  sortOrder: integer("sort_order").notNull().default(0),
  /** Comments on this section's stories close this many days after publication; null: the site's setting. */
  commentCloseDays: integer("comment_close_days"),
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
    /** How comments are moderated while open; "default" follows the site's setting. */
    commentModeration: text("comment_moderation", { enum: COMMENT_MODERATION_MODES }).notNull().default("default"),
    /** When surge protection switched this story to pre-moderation; cleared by a moderator. */
    commentSurgeAt: integer("comment_surge_at", { mode: "timestamp" }),
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
