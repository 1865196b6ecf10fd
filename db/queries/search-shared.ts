import "server-only";
import { asc, inArray, eq, sql } from "drizzle-orm";
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

/**
 * A reader search ranks at most this many matches: the newest ones (by article id, which grows
 * with time) when a query matches more. One more than the count cap, so the same pass also tells
 * whether there are "more than 1,000"; every page a reader can reach lies inside it.
 */
export const SEARCH_CANDIDATES = SEARCH_COUNT_CAP + 1;

/** bm25 weights per indexed column: headline, dek, body, authors, tags. Headline wins. */
export const ARTICLE_WEIGHTS = [10, 4, 1, 3, 5] as const;

/** Words of context either side of a body match in a snippet. */
export const SNIPPET_TOKENS = 24;

/** The longest prefix FTS5 keeps an index for (migration 0002: prefix='2 3'). */
export const INDEXED_PREFIX_LENGTH = 3;
/** A prefix of more indexed words than this is left to FTS5's own prefix query. */
export const MAX_PREFIX_EXPANSION = 64;

/**
 * For each term longer than the prefix indexes, the indexed words it is a prefix of (when there
 * are 1 to MAX_PREFIX_EXPANSION), for toMatchExpression. FTS5 answers such a prefix query by
 * merging the postings of all those words before returning the first row, at every query and
 * again inside bm25: about 10 ms for "council" over 100,000 stories. The same words ORed are
 * read lazily, so a search that stops early pays only for what it reads.
 *
 * Only plain ASCII letters and digits are expanded: for those the tokenizer's folding is the
 * identity, so the words listed are exactly the ones `"term"*` matches. Words from drafts may
 * be listed; they match nothing a reader can see, as with the prefix query.
 */
export function prefixExpansions(terms: string[]): Map<string, string[]> {
  const expansions = new Map<string, string[]>();
  for (const term of terms) {
    if (term.length <= INDEXED_PREFIX_LENGTH || !/^[a-z0-9]+$/.test(term)) continue;
    const words = db
      .all<{ term: string }>(
        sql`select term from article_search_vocab where term >= ${term} and term < ${term + "\u{10FFFF}"} limit ${MAX_PREFIX_EXPANSION + 1}`,
      )
      .map((r) => r.term)
      .filter((w) => w.startsWith(term));
    if (words.length > 0 && words.length <= MAX_PREFIX_EXPANSION) expansions.set(term, words);
  }
  return expansions;
}

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
