import "server-only";
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import {
  articleAuthors,
  articles,
  articleTags,
  comments,
  sections,
  tags,
  users,
  type CommentModerationMode,
} from "@/db/schema";
import { isPublicArticle } from "./public-rule";
import { applyDueScheduledUpdates } from "./scheduled-updates";

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
  /** Approved comments, shown on cards as "N comments". */
  commentCount: number;
};

export type ArticleDetail = Omit<ArticleCard, "authors"> & {
  body: string;
  updatedAt: Date;
  /** The public "updated" time: moved only by a correction, clarification or update. */
  substantiveUpdatedAt: Date | null;
  heroImageCaption: string;
  /** Set from the library image's credit; empty for a plain image address. */
  heroImageCredit: string;
  commentsOpen: boolean;
  commentModeration: CommentModerationMode;
  /** Surge protection has switched the story to pre-moderation. */
  commentSurge: boolean;
  sectionId: number;
  /** Overrides of the page title and description for search and sharing; empty when unset. */
  seoTitle: string;
  seoDescription: string;
  authors: AuthorBox[];
  tags: TagLink[];
};

export type Paging = { limit: number; offset: number };

const isPublic: SQL = isPublicArticle;

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
  // A correlated count on (article_id, status, …): still one query per list, no query per row.
  commentCount: sql<number>`(select count(*) from ${comments} where ${comments.articleId} = ${articles.id} and ${comments.status} = 'approved')`,
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

const detailColumns = {
  ...cardColumns,
  body: articles.body,
  updatedAt: articles.updatedAt,
  substantiveUpdatedAt: articles.substantiveUpdatedAt,
  heroImageCaption: articles.heroImageCaption,
  heroImageCredit: articles.heroImageCredit,
  commentsOpen: articles.commentsOpen,
  commentModeration: articles.commentModeration,
  commentSurgeAt: articles.commentSurgeAt,
  sectionId: articles.sectionId,
  seoTitle: articles.seoTitle,
  seoDescription: articles.seoDescription,
};

const bySlugStatement = db
  .select(detailColumns)
  .from(articles)
  .innerJoin(sections, eq(sections.id, articles.sectionId))
  .where(and(isPublic, eq(articles.slug, sql.placeholder("slug"))))
  .prepare();

// The one read of an unpublished article from a reader-facing page: the visitor must hold the
// preview link, and a live article is never shown this way (readers have its real address).
const byPreviewHashStatement = db
  .select(detailColumns)
  .from(articles)
  .innerJoin(sections, eq(sections.id, articles.sectionId))
  .where(and(sql`not coalesce((${isPublic}), 0)`, eq(articles.previewTokenHash, sql.placeholder("hash"))))
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
    .where(
      inArray(
        articleAuthors.articleId,
        rows.map((r) => r.id),
      ),
    )
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
  return {
    ...row,
    publishedAt: publishedAt ?? new Date(0),
    section: { slug: sectionSlug, name: sectionName },
  };
}

export function getPublishedArticleBySlug(slug: string): ArticleDetail | undefined {
  // Metadata may be rendered before the layout has swapped in a due update: do it here too.
  applyDueScheduledUpdates();
  const row = bySlugStatement.get({ slug });
  return row ? toDetail(row) : undefined;
}

type DetailRow = NonNullable<Awaited<ReturnType<typeof bySlugStatement.get>>>;

function toDetail(row: DetailRow): ArticleDetail {
  const {
    body,
    updatedAt,
    substantiveUpdatedAt,
    heroImageCaption,
    heroImageCredit,
    commentsOpen,
    commentModeration,
    commentSurgeAt,
    sectionId,
    seoTitle,
    seoDescription,
    ...card
  } = row;
  return {
    ...toCard(card),
    body,
    updatedAt,
    substantiveUpdatedAt,
    heroImageCaption,
    heroImageCredit,
    commentsOpen,
    commentModeration,
    commentSurge: commentSurgeAt !== null,
    sectionId,
    seoTitle,
    seoDescription,
    authors: authorBoxesStatement.all({ id: row.id }),
    tags: tagsStatement.all({ id: row.id }),
  };
}

/**
 * The unpublished article whose preview link hashes to `hash`, shaped exactly as readers will
 * get it; it has no publication time yet, so it is shown as if published `now`.
 */
export function getArticleByPreviewTokenHash(hash: string, now = new Date()): ArticleDetail | undefined {
  const row = byPreviewHashStatement.get({ hash });
  return row ? toDetail({ ...row, publishedAt: row.publishedAt ?? now }) : undefined;
}

/** Live stories among `ids`, in no particular order (the front page orders its own slots). */
export function listPublishedByIds(ids: number[]): ArticleCard[] {
  if (ids.length === 0) return [];
  const rows = db
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublic, inArray(articles.id, ids)))
    .all();
  return withBylines(rows);
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
export function getCommentTarget(
  articleId: number,
): { id: number; slug: string; commentsOpen: boolean } | undefined {
  return commentTargetStatement.get({ id: articleId });
}
