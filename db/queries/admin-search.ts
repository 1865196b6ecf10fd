import "server-only";
import { and, eq, exists, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { articleAuthors, articles, comments, sections, type ArticleStatus, type CommentStatus } from "@/db/schema";
import { MARK_END, MARK_START } from "@/lib/search/highlight";
import {
  ARTICLE_WEIGHTS,
  cappedTotal,
  SEARCH_COUNT_CAP,
  SEARCH_PAGE_SIZE,
  SNIPPET_TOKENS,
  toDate,
  type CappedTotal,
} from "./search-shared";

// Staff search: the same article index in every status, and the comment index. Session-agnostic
// like every query module: the page decides who may search, and passes who may see what.

/** Whose articles a staff member may find: everyone's, or only those they created or bylined. */
export type ArticleScope = { kind: "all" } | { kind: "own"; userId: number };

export type StaffArticleHit = {
  id: number;
  headline: string;
  snippet: string;
  status: ArticleStatus;
  sectionName: string;
  updatedAt: Date;
};

function articleWhere(match: string, scope: ArticleScope): SQL | undefined {
  if (scope.kind === "all") return sql`article_search match ${match}`;
  // The same ownership rule as canOpenArticle: created by them, or on the byline.
  return and(
    sql`article_search match ${match}`,
    or(
      eq(articles.createdById, scope.userId),
      exists(
        db
          .select({ one: sql`1` })
          .from(articleAuthors)
          .where(and(eq(articleAuthors.articleId, articles.id), eq(articleAuthors.userId, scope.userId))),
      ),
    ),
  );
}

const matchedArticles = sql`article_search cross join ${articles} on ${articles.id} = article_search.rowid`;

export function searchArticlesForStaff(
  match: string,
  scope: ArticleScope,
  page: number,
): { hits: StaffArticleHit[]; total: CappedTotal } {
  const [h, d, b, a, t] = ARTICLE_WEIGHTS;
  const where = articleWhere(match, scope);
  const rows = db.all<Omit<StaffArticleHit, "updatedAt" | "snippet"> & { updatedAt: number; snippet: string | null }>(sql`
    select ${articles.id} as id, ${articles.status} as status, ${sections.name} as sectionName,
      ${articles.updatedAt} as updatedAt,
      highlight(article_search, 0, ${MARK_START}, ${MARK_END}) as headline,
      snippet(article_search, 2, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) as snippet
    from ${matchedArticles} join ${sections} on ${sections.id} = ${articles.sectionId}
    where ${where}
    order by bm25(article_search, ${h}, ${d}, ${b}, ${a}, ${t}), ${articles.updatedAt} desc
    limit ${SEARCH_PAGE_SIZE} offset ${(page - 1) * SEARCH_PAGE_SIZE}`);
  const count = db.get<{ n: number }>(
    sql`select count(*) as n from (select 1 from ${matchedArticles} where ${where} limit ${SEARCH_COUNT_CAP + 1})`,
  );
  return {
    total: cappedTotal(count?.n ?? 0),
    hits: rows.map((r) => ({ ...r, snippet: r.snippet ?? "", updatedAt: toDate(r.updatedAt) ?? new Date(0) })),
  };
}

export type CommentHit = {
  id: number;
  /** Author name and body snippet carry the highlight markers. */
  authorName: string;
  snippet: string;
  status: CommentStatus;
  createdAt: Date;
  article: { id: number; headline: string };
};

const matchedComments = sql`comment_search cross join ${comments} on ${comments.id} = comment_search.rowid`;

/** Comments in every moderation state whose body or author name matches, best first. */
export function searchComments(match: string, page: number): { hits: CommentHit[]; total: CappedTotal } {
  const rows = db.all<{
    id: number;
    authorName: string;
    snippet: string;
    status: CommentStatus;
    createdAt: number;
    articleId: number;
    headline: string;
  }>(sql`
    select ${comments.id} as id, ${comments.status} as status, ${comments.createdAt} as createdAt,
      highlight(comment_search, 1, ${MARK_START}, ${MARK_END}) as authorName,
      snippet(comment_search, 0, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) as snippet,
      ${articles.id} as articleId, ${articles.headline} as headline
    from ${matchedComments} join ${articles} on ${articles.id} = ${comments.articleId}
    where comment_search match ${match}
    order by bm25(comment_search, 1, 2), ${comments.createdAt} desc
    limit ${SEARCH_PAGE_SIZE} offset ${(page - 1) * SEARCH_PAGE_SIZE}`);
  const count = db.get<{ n: number }>(sql`
    select count(*) as n from (select 1 from comment_search where comment_search match ${match} limit ${SEARCH_COUNT_CAP + 1})`);
  return {
    total: cappedTotal(count?.n ?? 0),
    hits: rows.map(({ articleId, headline, createdAt, ...r }) => ({
      ...r,
      createdAt: toDate(createdAt) ?? new Date(0),
      article: { id: articleId, headline },
    })),
  };
}
