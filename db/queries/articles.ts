import "server-only";
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { articleAuthors, articles, articleTags, sections, tags, users } from "@/db/schema";

// Public reads only. Every function here hard-codes "published and not scheduled for later", so
// no page can leak a draft by forgetting a filter.

export type Byline = { name: string; slug: string };
export type AuthorBox = Byline & { bio: string; avatarUrl: string | null };
export type TagLink = { name: string; slug: string };

export type ArticleCard = {
  id: number;
  slug: string;
  headline: string;
  dek: string;
  publishedAt: Date;
  heroImageUrl: string | null;
  heroImageAlt: string;
  section: { slug: string; name: string };
  authors: Byline[];
};

export type ArticleDetail = Omit<ArticleCard, "authors"> & {
  body: string;
  updatedAt: Date;
  heroImageCaption: string;
  commentsOpen: boolean;
  sectionId: number;
  authors: AuthorBox[];
  tags: TagLink[];
};

export type Paging = { limit: number; offset: number };

const isPublic: SQL = sql`${articles.status} = 'published' and ${articles.publishedAt} <= unixepoch()`;

const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  dek: articles.dek,
  publishedAt: articles.publishedAt,
  heroImageUrl: articles.heroImageUrl,
  heroImageAlt: articles.heroImageAlt,
  sectionSlug: sections.slug,
  sectionName: sections.name,
};
const newestFirst = [desc(articles.publishedAt), desc(articles.id)];
const limit = sql.placeholder("limit");
const offset = sql.placeholder("offset");
const count = { n: sql<number>`count(*)` };

const latestStatement = db
  .select(cardColumns)
  .from(articles)
  .innerJoin(sections, eq(sections.id, articles.sectionId))
  .where(isPublic)
  .orderBy(...newestFirst)
  .limit(limit)
  .offset(offset)
  .prepare();

const bySectionStatement = db
  .select(cardColumns)
  .from(articles)
  .innerJoin(sections, eq(sections.id, articles.sectionId))
  .where(and(isPublic, eq(articles.sectionId, sql.placeholder("id"))))
  .orderBy(...newestFirst)
  .limit(limit)
  .offset(offset)
  .prepare();
const countBySectionStatement = db
  .select(count)
  .from(articles)
  .where(and(isPublic, eq(articles.sectionId, sql.placeholder("id"))))
  .prepare();

const byTagStatement = db
  .select(cardColumns)
  .from(articles)
  .innerJoin(sections, eq(sections.id, articles.sectionId))
  .innerJoin(articleTags, eq(articleTags.articleId, articles.id))
  .where(and(isPublic, eq(articleTags.tagId, sql.placeholder("id"))))
  .orderBy(...newestFirst)
  .limit(limit)
  .offset(offset)
  .prepare();
const countByTagStatement = db
  .select(count)
  .from(articles)
  .innerJoin(articleTags, eq(articleTags.articleId, articles.id))
  .where(and(isPublic, eq(articleTags.tagId, sql.placeholder("id"))))
  .prepare();

const byAuthorStatement = db
  .select(cardColumns)
  .from(articles)
  .innerJoin(sections, eq(sections.id, articles.sectionId))
  .innerJoin(articleAuthors, eq(articleAuthors.articleId, articles.id))
  .where(and(isPublic, eq(articleAuthors.userId, sql.placeholder("id"))))
  .orderBy(...newestFirst)
  .limit(limit)
  .offset(offset)
  .prepare();
const countByAuthorStatement = db
  .select(count)
  .from(articles)
  .innerJoin(articleAuthors, eq(articleAuthors.articleId, articles.id))
  .where(and(isPublic, eq(articleAuthors.userId, sql.placeholder("id"))))
  .prepare();

const bySlugStatement = db
  .select({
    ...cardColumns,
    body: articles.body,
    updatedAt: articles.updatedAt,
    heroImageCaption: articles.heroImageCaption,
    commentsOpen: articles.commentsOpen,
    sectionId: articles.sectionId,
  })
  .from(articles)
  .innerJoin(sections, eq(sections.id, articles.sectionId))
  .where(and(isPublic, eq(articles.slug, sql.placeholder("slug"))))
  .prepare();

const authorBoxesStatement = db
  .select({ name: users.name, slug: users.slug, bio: users.bio, avatarUrl: users.avatarUrl })
  .from(articleAuthors)
  .innerJoin(users, eq(users.id, articleAuthors.userId))
  .where(eq(articleAuthors.articleId, sql.placeholder("id")))
  .orderBy(asc(articleAuthors.sortOrder), asc(users.name))
  .prepare();

const tagsStatement = db
  .select({ name: tags.name, slug: tags.slug })
  .from(articleTags)
  .innerJoin(tags, eq(tags.id, articleTags.tagId))
  .where(eq(articleTags.articleId, sql.placeholder("id")))
  .orderBy(asc(tags.name))
  .prepare();

const commentTargetStatement = db
  .select({ id: articles.id, slug: articles.slug, commentsOpen: articles.commentsOpen })
  .from(articles)
  .where(and(isPublic, eq(articles.id, sql.placeholder("id"))))
  .prepare();

type CardRow = Awaited<ReturnType<typeof latestStatement.all>>[number];

/** One query for the bylines of a whole page of articles, in byline order. */
function withBylines(rows: CardRow[]): ArticleCard[] {
  if (rows.length === 0) return [];
  const bylines = new Map<number, Byline[]>();
  const authorRows = db
    .select({ articleId: articleAuthors.articleId, name: users.name, slug: users.slug })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(inArray(articleAuthors.articleId, rows.map((r) => r.id)))
    .orderBy(asc(articleAuthors.sortOrder), asc(users.name))
    .all();
  for (const { articleId, ...byline } of authorRows) {
    const list = bylines.get(articleId) ?? [];
    list.push(byline);
    bylines.set(articleId, list);
  }
  return rows.map((row) => ({ ...toCard(row), authors: bylines.get(row.id) ?? [] }));
}

function toCard({ sectionSlug, sectionName, publishedAt, ...row }: CardRow): Omit<ArticleCard, "authors"> {
  // The published filter guarantees a date; the fallback only satisfies the type.
  return { ...row, publishedAt: publishedAt ?? new Date(0), section: { slug: sectionSlug, name: sectionName } };
}

export function getPublishedArticleBySlug(slug: string): ArticleDetail | undefined {
  const row = bySlugStatement.get({ slug });
  if (!row) return undefined;
  const { body, updatedAt, heroImageCaption, commentsOpen, sectionId, ...card } = row;
  return {
    ...toCard(card),
    body,
    updatedAt,
    heroImageCaption,
    commentsOpen,
    sectionId,
    authors: authorBoxesStatement.all({ id: row.id }),
    tags: tagsStatement.all({ id: row.id }),
  };
}

export function listLatestPublished(paging: Paging): ArticleCard[] {
  return withBylines(latestStatement.all(paging));
}

export function listPublishedBySection(sectionId: number, paging: Paging): ArticleCard[] {
  return withBylines(bySectionStatement.all({ id: sectionId, ...paging }));
}
export function countPublishedBySection(sectionId: number): number {
  return countBySectionStatement.get({ id: sectionId })?.n ?? 0;
}

export function listPublishedByTag(tagId: number, paging: Paging): ArticleCard[] {
  return withBylines(byTagStatement.all({ id: tagId, ...paging }));
}
export function countPublishedByTag(tagId: number): number {
  return countByTagStatement.get({ id: tagId })?.n ?? 0;
}

/** Articles carrying the author's byline, whether or not they created them. */
export function listPublishedByAuthor(userId: number, paging: Paging): ArticleCard[] {
  return withBylines(byAuthorStatement.all({ id: userId, ...paging }));
}
export function countPublishedByAuthor(userId: number): number {
  return countByAuthorStatement.get({ id: userId })?.n ?? 0;
}

/** The newest other stories from the same section. */
export function listRelated(article: { id: number; sectionId: number }, max = 3): ArticleCard[] {
  const rows = db
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublic, eq(articles.sectionId, article.sectionId), ne(articles.id, article.id)))
    .orderBy(...newestFirst)
    .limit(max)
    .all();
  return withBylines(rows);
}

/** What the comment action needs to know: the article is live, and whether comments are open. */
export function getCommentTarget(articleId: number): { id: number; slug: string; commentsOpen: boolean } | undefined {
  return commentTargetStatement.get({ id: articleId });
}
