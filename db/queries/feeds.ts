import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { articleAuthors, articles, articleTags, sections, tags, users } from "@/db/schema";
import { isPublicArticle } from "./public-rule";

// What RSS feeds list: the newest live stories of the site, a section, a tag or a writer, with
// everything an item carries (bylines, section and tags as categories, a summary source).

export type FeedScope =
  | { kind: "site" }
  | { kind: "section"; id: number }
  | { kind: "tag"; id: number }
  | { kind: "author"; id: number };

export type FeedArticle = {
  id: number;
  slug: string;
  headline: string;
  dek: string;
  /** Markdown; read only when the dek is empty, to make an excerpt. */
  body: string;
  publishedAt: Date;
  section: { slug: string; name: string };
  authors: string[];
  tags: Array<{ slug: string; name: string }>;
};

export const FEED_SIZE = 30;

const columns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  dek: articles.dek,
  body: articles.body,
  publishedAt: articles.publishedAt,
  sectionSlug: sections.slug,
  sectionName: sections.name,
};

function scopeFilter(scope: FeedScope): SQL | undefined {
  switch (scope.kind) {
    case "site":
      return undefined;
    case "section":
      return eq(articles.sectionId, scope.id);
    case "tag":
      return sql`exists (select 1 from ${articleTags} where ${articleTags.articleId} = ${articles.id} and ${articleTags.tagId} = ${scope.id})`;
    case "author":
      return sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articles.id} and ${articleAuthors.userId} = ${scope.id})`;
  }
}

/** The newest live stories in `scope`, newest first. */
export function listFeedArticles(scope: FeedScope, limit = FEED_SIZE): FeedArticle[] {
  const rows = db
    .select(columns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublicArticle, scopeFilter(scope)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const bylines = groupBy(
    db
      .select({ articleId: articleAuthors.articleId, name: users.name })
      .from(articleAuthors)
      .innerJoin(users, eq(users.id, articleAuthors.userId))
      .where(inArray(articleAuthors.articleId, ids))
      .orderBy(asc(articleAuthors.sortOrder), asc(users.name))
      .all(),
    (r) => r.name,
  );
  const tagLists = groupBy(
    db
      .select({ articleId: articleTags.articleId, slug: tags.slug, name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(inArray(articleTags.articleId, ids))
      .orderBy(asc(tags.name))
      .all(),
    ({ slug, name }) => ({ slug, name }),
  );
  return rows.map(({ sectionSlug, sectionName, publishedAt, ...row }) => ({
    ...row,
    // The public rule guarantees a date; the fallback only satisfies the type.
    publishedAt: publishedAt ?? new Date(0),
    section: { slug: sectionSlug, name: sectionName },
    authors: bylines.get(row.id) ?? [],
    tags: tagLists.get(row.id) ?? [],
  }));
}

function groupBy<R extends { articleId: number }, T>(rows: R[], pick: (row: R) => T): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.articleId) ?? [];
    list.push(pick(row));
    map.set(row.articleId, list);
  }
  return map;
}
