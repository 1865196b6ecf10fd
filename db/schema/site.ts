// Site-wide state: front-page curation, settings, and the anonymous read counts behind Most read.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { articles } from "./articles";

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
