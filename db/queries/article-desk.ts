import "server-only";
import { and, asc, desc, eq, exists, inArray, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { ARTICLE_STATUSES, articleAuthors, articles, sections, users, type ArticleStatus } from "@/db/schema";

// The article desk's list and counts. They see drafts: staff pages only.

export const DESK_PAGE_SIZE = 20;

export type DeskArticle = {
  id: number;
  slug: string;
  headline: string;
  status: ArticleStatus;
  sectionName: string;
  updatedAt: Date;
  publishedAt: Date | null;
  bylines: string[];
};

export type DeskFilter = {
  status?: ArticleStatus;
  sectionId?: number;
  page: number;
  /** Restricts the list to articles this user created or is bylined on (authors' view). */
  authorId?: number;
};

/** Articles the user created or is bylined on. */
function ownedBy(authorId: number): SQL {
  const onByline = db
    .select({ one: sql`1` })
    .from(articleAuthors)
    .where(and(eq(articleAuthors.articleId, articles.id), eq(articleAuthors.userId, authorId)));
  return or(eq(articles.createdById, authorId), exists(onByline)) as SQL;
}

function deskWhere(filter: Omit<DeskFilter, "page">): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(articles.status, filter.status));
  if (filter.sectionId) conditions.push(eq(articles.sectionId, filter.sectionId));
  if (filter.authorId) conditions.push(ownedBy(filter.authorId));
  return conditions.length ? and(...conditions) : undefined;
}

/** One page of the article desk, newest change first, with the total for pagination. */
export function listArticlesForDesk(filter: DeskFilter): { rows: DeskArticle[]; total: number } {
  const where = deskWhere(filter);
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(articles)
      .where(where)
      .get()?.n ?? 0;
  const rows = db
    .select({
      id: articles.id,
      slug: articles.slug,
      headline: articles.headline,
      status: articles.status,
      sectionName: sections.name,
      updatedAt: articles.updatedAt,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(where)
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(DESK_PAGE_SIZE)
    .offset((Math.max(1, filter.page) - 1) * DESK_PAGE_SIZE)
    .all();
  const names = bylineNames(rows.map((r) => r.id));
  return { rows: rows.map((r) => ({ ...r, bylines: names.get(r.id) ?? [] })), total };
}

function bylineNames(articleIds: number[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (articleIds.length === 0) return out;
  const rows = db
    .select({ articleId: articleAuthors.articleId, name: users.name })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(inArray(articleAuthors.articleId, articleIds))
    .orderBy(asc(articleAuthors.sortOrder))
    .all();
  for (const row of rows) out.set(row.articleId, [...(out.get(row.articleId) ?? []), row.name]);
  return out;
}

/** Drafts and published counts, for everyone or only for one writer's own articles. */
export function countArticlesByStatus(authorId?: number): Record<ArticleStatus, number> {
  const counts = Object.fromEntries(ARTICLE_STATUSES.map((s) => [s, 0])) as Record<ArticleStatus, number>;
  const rows = db
    .select({ status: articles.status, n: sql<number>`count(*)` })
    .from(articles)
    .where(authorId ? ownedBy(authorId) : undefined)
    .groupBy(articles.status)
    .all();
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}
