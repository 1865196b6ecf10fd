import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { articleAuthors, articles, sections, users } from "@/db/schema";
import { MARK_END, MARK_START } from "@/lib/search/highlight";
import type { Byline } from "./articles";
import { isPublicArticle } from "./public-rule";
import {
  ARTICLE_WEIGHTS,
  bylinesFor,
  cappedTotal,
  INDEXED_PREFIX_LENGTH,
  SEARCH_CANDIDATES,
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

/**
 * A value FTS5 will use as a rowid bound. better-sqlite3 binds every JS number as a REAL, and
 * FTS5 ignores a rowid constraint whose value is not an INTEGER (it then reads every match and
 * leaves the comparison to SQLite): still correct, but as slow as no bound at all.
 */
function rowid(n: number): SQL {
  return sql`cast(${n} as integer)`;
}

/**
 * FTS drives every query, and CROSS JOIN pins it as the outer loop (SQLite never reorders a
 * CROSS JOIN), so each match costs primary-key lookups; a filter can never turn the plan into a
 * scan of articles probing the index row by row. The author filter comes first: a probe of
 * article_authors' primary key is much cheaper than reading an article, whose filter columns
 * sit after the body (in overflow pages, for most stories).
 */
function matchedFrom(f: SearchFilters): SQL {
  const byAuthor =
    f.authorId !== undefined
      ? sql`cross join ${articleAuthors} on ${articleAuthors.articleId} = article_search.rowid and ${articleAuthors.userId} = ${f.authorId} `
      : sql``;
  return sql`article_search ${byAuthor}cross join ${articles} on ${articles.id} = article_search.rowid`;
}

/** The public rule and the date filter, on `articles`. */
function publicAndDates(f: SearchFilters): SQL | undefined {
  return and(
    isPublicArticle,
    f.from !== undefined ? sql`${articles.publishedAt} >= ${f.from}` : undefined,
    f.to !== undefined ? sql`${articles.publishedAt} < ${f.to}` : undefined,
  );
}

/** A count of live stories worth telling apart from "many", for the date filter's plan. */
const DATE_SET_MAX = 10_000;

/** How many public articles match `where`, counted no further than just past DATE_SET_MAX. */
function countUpTo(where: SQL | undefined): number {
  return db.get<{ n: number }>(sql`select count(*) as n from (select 1 from ${articles} where ${where} limit ${DATE_SET_MAX + 1})`)?.n ?? 0;
}

/**
 * Whether to check a date filter as a set (see filterSet) rather than on each article read:
 * when the range holds few live stories, or when many fall outside it (their matches would each
 * be read only to be rejected: reading them newest first, every match newer than a range in the
 * past). With few outside, nearly every match read passes and the candidates fill at once. Both
 * counts are bounded reads of the (status, published_at) index.
 */
function datesAsSet(f: SearchFilters): boolean {
  if (f.from === undefined && f.to === undefined) return false;
  if (countUpTo(publicAndDates(f)) <= DATE_SET_MAX) return true;
  let outside = f.from !== undefined ? countUpTo(and(isPublicArticle, sql`${articles.publishedAt} < ${f.from}`)) : 0;
  if (f.to !== undefined && outside <= DATE_SET_MAX) outside += countUpTo(and(isPublicArticle, sql`${articles.publishedAt} >= ${f.to}`));
  return outside > DATE_SET_MAX;
}

/**
 * The ids of the live stories a section (and date) filter allows, as an IN list SQLite builds
 * once from the (section, status, published_at) or (status, published_at) index, with a Bloom
 * filter, and checks per match before reading its article: a match outside the filter then costs
 * nothing, where reading its article to find that out costs microseconds — tens of milliseconds
 * over all the matches of a common word. The "+" keeps the list from being handed to FTS5 as
 * rowid lookups.
 */
function filterSet(f: SearchFilters, dates: boolean): SQL | undefined {
  if (f.sectionId === undefined && !dates) return undefined;
  const where = and(f.sectionId !== undefined ? eq(articles.sectionId, f.sectionId) : undefined, publicAndDates(f));
  return sql`+article_search.rowid in (select ${articles.id} from ${articles} where ${where})`;
}

/** The WHERE shared by the candidates and the suggestion check. */
function publicWhere(match: string, f: SearchFilters, dates = datesAsSet(f)): SQL | undefined {
  return and(
    sql`article_search match ${match}`,
    filterSet(f, dates),
    // Checked on the article as well: the one public rule, applied as on every public page.
    publicAndDates(f),
    f.sectionId !== undefined ? eq(articles.sectionId, f.sectionId) : undefined,
  );
}

/**
 * The SQL of the candidates: the newest SEARCH_CANDIDATES public matches with their bm25 score
 * (headline weighted highest) and publication time, newest first. FTS5 returns rowids in
 * descending order natively, so this stops after that many (plus any the filters reject); how
 * many it returned is the capped total. Exported for the query-plan test.
 */
export function publicSearchCandidatesSql(match: string, filters: SearchFilters, datesSet?: boolean): SQL {
  const [h, d, b, a, t] = ARTICLE_WEIGHTS;
  return sql`
    select article_search.rowid as id, bm25(article_search, ${h}, ${d}, ${b}, ${a}, ${t}) as score,
      ${articles.publishedAt} as publishedAt
    from ${matchedFrom(filters)}
    where ${publicWhere(match, filters, datesSet)}
    order by article_search.rowid desc
    limit ${SEARCH_CANDIDATES}`;
}

/** The SQL of the page's articles, by id. Exported for the query-plan test. */
export function publicSearchPageSql(ids: number[]): SQL {
  return sql`
    select ${articles.id} as id, ${articles.slug} as slug, ${articles.headline} as headline,
      ${articles.publishedAt} as publishedAt, ${sections.slug} as sectionSlug, ${sections.name} as sectionName
    from ${articles} join ${sections} on ${sections.id} = ${articles.sectionId}
    where ${articles.id} in ${ids}`;
}

/**
 * Whether FTS5 must merge a prefix term's postings up front to run `match`: a `"term"*` (as
 * toMatchExpression writes it) longer than the prefix indexes, which prefixExpansions could not
 * write as words. Such a match costs that merge again at every separate lookup.
 */
function mergesPrefix(match: string): boolean {
  for (const [, term] of match.matchAll(/"((?:[^"]|"")*)"\*/g)) {
    if (Array.from(term!.replaceAll('""', '"')).length > INDEXED_PREFIX_LENGTH) return true;
  }
  return false;
}

/**
 * The SQL of the highlighted headline and body snippet of the page's articles, and of no others:
 * highlighting costs far more than ranking. Each id is normally a separate FTS5 lookup (a seek
 * in each word's postings). For a match that merges a prefix's postings first, that would merge
 * them once per id, so it is one scan of the page's rowid span instead (the "+" keeps SQLite from
 * handing FTS5 the ids as lookups). Exported for the query-plan test.
 */
export function publicSearchHighlightSql(match: string, ids: number[]): SQL {
  const only = mergesPrefix(match)
    ? sql`article_search.rowid >= ${rowid(Math.min(...ids))} and article_search.rowid <= ${rowid(Math.max(...ids))}
      and +article_search.rowid in ${ids}`
    : sql`article_search.rowid in (${sql.join(ids.map(rowid), sql`, `)})`;
  return sql`
    select article_search.rowid as id,
      highlight(article_search, 0, ${MARK_START}, ${MARK_END}) as headline,
      snippet(article_search, 2, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) as snippet
    from article_search
    where article_search match ${match} and ${only}`;
}

type Candidate = { id: number; score: number; publishedAt: number | null };

/** Candidates best first: bm25 (lower is better), then newest. Stable, so full ties stay newest-id first. */
function rank(candidates: Candidate[]): Candidate[] {
  return candidates.sort((x, y) => x.score - y.score || (y.publishedAt ?? 0) - (x.publishedAt ?? 0));
}

function hitsFor(match: string, ids: number[]): SearchHit[] {
  if (ids.length === 0) return [];
  type Row = { id: number; slug: string; headline: string; publishedAt: number; sectionSlug: string; sectionName: string };
  const rows = new Map(db.all<Row>(publicSearchPageSql(ids)).map((r) => [r.id, r]));
  const marked = new Map(
    db.all<{ id: number; headline: string | null; snippet: string | null }>(publicSearchHighlightSql(match, ids)).map((r) => [r.id, r]),
  );
  const bylines = bylinesFor(ids);
  return ids.flatMap((id) => {
    const r = rows.get(id);
    if (!r) return [];
    return [
      {
        id,
        slug: r.slug,
        headline: marked.get(id)?.headline ?? r.headline,
        snippet: marked.get(id)?.snippet ?? "",
        publishedAt: toDate(r.publishedAt) ?? new Date(0),
        section: { slug: r.sectionSlug, name: r.sectionName },
        authors: bylines.get(id) ?? [],
      },
    ];
  });
}

/**
 * A page of public matches, best first, and how many there are (capped). One pass reads the
 * candidates with their scores; only the page shown is then looked up and highlighted.
 *
 * When a query matches more than SEARCH_CANDIDATES public stories (a common word), only the
 * newest that many are ranked: ranking tens of thousands of matches and reading each one's
 * article cost hundreds of milliseconds, and a reader can page through only the first
 * SEARCH_COUNT_CAP of them anyway. Fewer matches are all ranked, as before. Either way every
 * page is a slice of the same ranked list.
 */
export function searchPublic(match: string, filters: SearchFilters, page: number): { hits: SearchHit[]; total: CappedTotal } {
  const candidates = db.all<Candidate>(publicSearchCandidatesSql(match, filters));
  const total = cappedTotal(candidates.length);
  const start = (page - 1) * SEARCH_PAGE_SIZE;
  if (start >= total.total) return { hits: [], total };
  const ids = rank(candidates)
    .slice(start, Math.min(start + SEARCH_PAGE_SIZE, total.total))
    .map((c) => c.id);
  return { hits: hitsFor(match, ids), total };
}

/** A page of public matches, best first (see searchPublic). */
export function searchPublishedArticles(match: string, filters: SearchFilters, page: number): SearchHit[] {
  return searchPublic(match, filters, page).hits;
}

/** How many public articles match, counted no further than the cap. */
export function countPublishedMatches(match: string, filters: SearchFilters): CappedTotal {
  return searchPublic(match, filters, Number.MAX_SAFE_INTEGER).total;
}

/** Whether anything public matches: how a "Did you mean" candidate is vetted. */
export function hasPublishedMatch(match: string, filters: SearchFilters): boolean {
  return db.get(sql`select 1 from ${matchedFrom(filters)} where ${publicWhere(match, filters)} limit 1`) !== undefined;
}

export type FilterOption = { id: number; slug: string; name: string };

/**
 * Writers with a byline on a live story, for the author filter (the same people who have public
 * pages). EXISTS per user stops at their first live story; CROSS JOIN makes it walk that
 * writer's bylines, so a writer with few stories costs a few lookups instead of a walk through
 * every public article looking for theirs.
 */
export function listSearchableAuthors(): FilterOption[] {
  return db
    .select({ id: users.id, slug: users.slug, name: users.name })
    .from(users)
    .where(
      sql`exists (select 1 from ${articleAuthors} cross join ${articles} on ${articles.id} = ${articleAuthors.articleId}
        where ${articleAuthors.userId} = ${users.id} and ${isPublicArticle})`,
    )
    .orderBy(asc(users.name))
    .all();
}

export function getSearchableAuthorBySlug(slug: string): FilterOption | undefined {
  return listSearchableAuthors().find((a) => a.slug === slug);
}
