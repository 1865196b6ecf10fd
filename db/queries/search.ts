import "server-only";
import { and, asc, eq, exists, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { articleAuthors, articles, sections, users } from "@/db/schema";
import { MARK_END, MARK_START } from "@/lib/search/highlight";
import type { Byline } from "./articles";
import { isPublicArticle } from "./public-rule";
import {
  ARTICLE_WEIGHTS,
  bylinesFor,
  cappedTotal,
  SEARCH_COUNT_CAP,
  SEARCH_PAGE_SIZE,
  SNIPPET_TOKENS,
  toDate,
  type CappedTotal,
} from "./search-shared";

// The readers' search. The FTS index covers drafts too (staff search shares it), so every
// query here joins back to articles and applies isPublicArticle: a scheduled story stays
// unfindable until its time, exactly as it stays off every other public page.

export type SearchFilters = {
  sectionId?: number;
  authorId?: number;
  /** Unix seconds, inclusive. */
  from?: number;
  /** Unix seconds, exclusive. */
  to?: number;
};

/** One result; `headline` and `snippet` carry the private highlight markers (lib/search/highlight). */
export type SearchHit = {
  id: number;
  slug: string;
  headline: string;
  snippet: string;
  publishedAt: Date;
  section: { slug: string; name: string };
  authors: Byline[];
};

/** The WHERE shared by the page, the count and the suggestion check. */
function publicWhere(match: string, f: SearchFilters): SQL | undefined {
  return and(
    sql`article_search match ${match}`,
    isPublicArticle,
    f.sectionId !== undefined ? eq(articles.sectionId, f.sectionId) : undefined,
    f.from !== undefined ? sql`${articles.publishedAt} >= ${f.from}` : undefined,
    f.to !== undefined ? sql`${articles.publishedAt} < ${f.to}` : undefined,
    f.authorId !== undefined
      ? exists(
          db
            .select({ one: sql`1` })
            .from(articleAuthors)
            .where(and(eq(articleAuthors.articleId, articles.id), eq(articleAuthors.userId, f.authorId))),
        )
      : undefined,
  );
}

/**
 * CROSS JOIN pins the FTS index as the outer loop (SQLite never reorders a CROSS JOIN), so each
 * match costs one primary-key lookup of its article; a filter can never turn the plan into a
 * scan of articles probing the index row by row.
 */
const matchedArticles = sql`article_search cross join ${articles} on ${articles.id} = article_search.rowid`;

type HitRow = {
  id: number;
  slug: string;
  headline: string;
  snippet: string | null;
  publishedAt: number;
  sectionSlug: string;
  sectionName: string;
};

/** The SQL of a page of public matches; exported for the query-plan test. */
export function publicSearchPageSql(match: string, filters: SearchFilters, page: number): SQL {
  const [h, d, b, a, t] = ARTICLE_WEIGHTS;
  return sql`
    select ${articles.id} as id, ${articles.slug} as slug,
      highlight(article_search, 0, ${MARK_START}, ${MARK_END}) as headline,
      snippet(article_search, 2, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) as snippet,
      ${articles.publishedAt} as publishedAt, ${sections.slug} as sectionSlug, ${sections.name} as sectionName
    from ${matchedArticles} join ${sections} on ${sections.id} = ${articles.sectionId}
    where ${publicWhere(match, filters)}
    order by bm25(article_search, ${h}, ${d}, ${b}, ${a}, ${t}), ${articles.publishedAt} desc
    limit ${SEARCH_PAGE_SIZE} offset ${(page - 1) * SEARCH_PAGE_SIZE}`;
}

/** The SQL of the capped count; exported for the query-plan test. */
export function publicSearchCountSql(match: string, filters: SearchFilters): SQL {
  return sql`
    select count(*) as n from (
      select 1 from ${matchedArticles} where ${publicWhere(match, filters)} limit ${SEARCH_COUNT_CAP + 1}
    )`;
}

/** A page of public matches, best first (bm25, headline weighted highest), newest on ties. */
export function searchPublishedArticles(match: string, filters: SearchFilters, page: number): SearchHit[] {
  const rows = db.all<HitRow>(publicSearchPageSql(match, filters, page));
  const bylines = bylinesFor(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    headline: r.headline,
    snippet: r.snippet ?? "",
    publishedAt: toDate(r.publishedAt) ?? new Date(0),
    section: { slug: r.sectionSlug, name: r.sectionName },
    authors: bylines.get(r.id) ?? [],
  }));
}

/** How many public articles match, counted no further than the cap. */
export function countPublishedMatches(match: string, filters: SearchFilters): CappedTotal {
  const row = db.get<{ n: number }>(publicSearchCountSql(match, filters));
  return cappedTotal(row?.n ?? 0);
}

/** Whether anything public matches: how a "Did you mean" candidate is vetted. */
export function hasPublishedMatch(match: string, filters: SearchFilters): boolean {
  return db.get(sql`select 1 from ${matchedArticles} where ${publicWhere(match, filters)} limit 1`) !== undefined;
}

export type FilterOption = { id: number; slug: string; name: string };

/**
 * Writers with a byline on a live story, for the author filter (the same people who have public
 * pages). EXISTS per user stops at their first live story instead of joining every article.
 */
export function listSearchableAuthors(): FilterOption[] {
  return db
    .select({ id: users.id, slug: users.slug, name: users.name })
    .from(users)
    .where(
      exists(
        db
          .select({ one: sql`1` })
          .from(articleAuthors)
          .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
          .where(and(eq(articleAuthors.userId, users.id), isPublicArticle)),
      ),
    )
    .orderBy(asc(users.name))
    .all();
}

export function getSearchableAuthorBySlug(slug: string): FilterOption | undefined {
  return listSearchableAuthors().find((a) => a.slug === slug);
}
