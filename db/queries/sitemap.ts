import "server-only";
import { and, asc, desc, eq, gte, max, sql } from "drizzle-orm";
import { db } from "@/db";
import { articleAuthors, articles, articleTags, corrections, sections, tags, users } from "@/db/schema";
import { isPublicArticle } from "./public-rule";

// What the sitemaps list. `lastmod` is the PUBLIC updated time: a correction, clarification or
// update moves it (substantive_updated_at), a plain save such as a typo fix does not, so search
// engines are never told a story changed when readers would see no difference.

export type SitemapPage = { slug: string; lastmod: Date | null };
export type NewsSitemapArticle = { slug: string; headline: string; publishedAt: Date };

/** An article's public "updated" time, else its publication time; as unix seconds in SQL. */
const publicLastmod = sql<number>`coalesce(${articles.substantiveUpdatedAt}, ${articles.publishedAt})`;
const newestLastmod = sql<number | null>`max(${publicLastmod})`;

const toDate = (seconds: number | null | undefined) => (seconds == null ? null : new Date(seconds * 1000));

const countStatement = db.select({ n: sql<number>`count(*)` }).from(articles).where(isPublicArticle).prepare();

export function countPublicArticles(): number {
  return countStatement.get()?.n ?? 0;
}

// Ordered by id, so a story keeps its place in a split sitemap as newer ones are published.
const articlesStatement = db
  .select({ slug: articles.slug, lastmod: publicLastmod })
  .from(articles)
  .where(isPublicArticle)
  .orderBy(asc(articles.id))
  .limit(sql.placeholder("limit"))
  .offset(sql.placeholder("offset"))
  .prepare();

export function listSitemapArticles(paging: { limit: number; offset: number }): SitemapPage[] {
  return articlesStatement.all(paging).map((r) => ({ slug: r.slug, lastmod: toDate(r.lastmod) }));
}

const newestStatement = db.select({ at: newestLastmod }).from(articles).where(isPublicArticle).prepare();

/** When anything on the front page last changed for readers; null with no live stories. */
export function latestPublicChange(): Date | null {
  return toDate(newestStatement.get()?.at);
}

/** Every section (each has a page, even an empty one), with its newest story's time. */
export function listSitemapSections(): SitemapPage[] {
  return db
    .select({ slug: sections.slug, lastmod: newestLastmod })
    .from(sections)
    .leftJoin(articles, and(eq(articles.sectionId, sections.id), isPublicArticle))
    .groupBy(sections.id)
    .orderBy(asc(sections.sortOrder), asc(sections.name))
    .all()
    .map((r) => ({ slug: r.slug, lastmod: toDate(r.lastmod) }));
}

/** Tags with at least one live story: a tag used only on drafts has no public page. */
export function listSitemapTags(): SitemapPage[] {
  return db
    .select({ slug: tags.slug, lastmod: newestLastmod })
    .from(tags)
    .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(isPublicArticle)
    .groupBy(tags.id)
    .orderBy(asc(tags.slug))
    .all()
    .map((r) => ({ slug: r.slug, lastmod: toDate(r.lastmod) }));
}

/** Writers with a byline on a live story, the same rule as their public page. */
export function listSitemapAuthors(): SitemapPage[] {
  return db
    .select({ slug: users.slug, lastmod: newestLastmod })
    .from(users)
    .innerJoin(articleAuthors, eq(articleAuthors.userId, users.id))
    .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
    .where(isPublicArticle)
    .groupBy(users.id)
    .orderBy(asc(users.slug))
    .all()
    .map((r) => ({ slug: r.slug, lastmod: toDate(r.lastmod) }));
}

const latestCorrectionStatement = db
  .select({ at: max(corrections.createdAt) })
  .from(corrections)
  .innerJoin(articles, eq(articles.id, corrections.articleId))
  .where(isPublicArticle)
  .prepare();

/** When /corrections last gained an entry readers can see; null when it is empty. */
export function latestPublicCorrection(): Date | null {
  return latestCorrectionStatement.get()?.at ?? null;
}

/** Live stories published at or after `since`, newest first, for the Google News sitemap. */
export function listNewsSitemapArticles(since: Date, limit: number): NewsSitemapArticle[] {
  return db
    .select({ slug: articles.slug, headline: articles.headline, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(isPublicArticle, gte(articles.publishedAt, since)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all()
    .map((r) => ({ ...r, publishedAt: r.publishedAt ?? since }));
}
