import "server-only";
import { asc, inArray, eq } from "drizzle-orm";
import { db } from "@/db";
import { articleAuthors, users } from "@/db/schema";
import type { Byline } from "./articles";

// Pieces shared by the reader and staff searches (search.ts, admin-search.ts).

export const SEARCH_PAGE_SIZE = 10;
/**
 * Totals are counted only this far: counting every match of a common word over 100,000
 * articles would cost more than the page itself. Past it the page says "more than 1,000".
 */
export const SEARCH_COUNT_CAP = 1000;

/** bm25 weights per indexed column: headline, dek, body, authors, tags. Headline wins. */
export const ARTICLE_WEIGHTS = [10, 4, 1, 3, 5] as const;

/** Words of context either side of a body match in a snippet. */
export const SNIPPET_TOKENS = 24;

export type CappedTotal = { total: number; capped: boolean };

export function cappedTotal(n: number): CappedTotal {
  return n > SEARCH_COUNT_CAP ? { total: SEARCH_COUNT_CAP, capped: true } : { total: n, capped: false };
}

/** The last page a reader can reach, given the capped total. */
export function lastPage(total: CappedTotal): number {
  return Math.max(1, Math.ceil(total.total / SEARCH_PAGE_SIZE));
}

export function toDate(seconds: number | null): Date | null {
  return seconds === null ? null : new Date(seconds * 1000);
}

/** Bylines for a page of results, in byline order, in one query. */
export function bylinesFor(ids: number[]): Map<number, Byline[]> {
  const bylines = new Map<number, Byline[]>();
  if (ids.length === 0) return bylines;
  const rows = db
    .select({ articleId: articleAuthors.articleId, name: users.name, slug: users.slug })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(inArray(articleAuthors.articleId, ids))
    .orderBy(asc(articleAuthors.sortOrder), asc(users.name))
    .all();
  for (const { articleId, ...byline } of rows) {
    const list = bylines.get(articleId) ?? [];
    list.push(byline);
    bylines.set(articleId, list);
  }
  return bylines;
}
