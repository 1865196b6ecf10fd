import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { db } from "@/db";
import {
  articleAuthors,
  articles,
  articleTags,
  tags,
  users,
  type ArticleStatus,
  type Role,
} from "@/db/schema";
import { slugify } from "@/lib/utils";

// Staff-side reads and writes of articles. Unlike the reader queries these see drafts, so
// nothing here may be called from a public page. The desk list lives in article-desk.ts.
export {
  countArticlesByStatus,
  DESK_PAGE_SIZE,
  listArticlesForDesk,
  type DeskArticle,
  type DeskFilter,
} from "./article-desk";

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];
type Executor = typeof db | Tx;

export type ArticleForEdit = {
  id: number;
  slug: string;
  headline: string;
  dek: string;
  body: string;
  status: ArticleStatus;
  sectionId: number;
  createdById: number;
  heroImageUrl: string | null;
  heroImageAlt: string;
  heroImageCaption: string;
  commentsOpen: boolean;
  publishedAt: Date | null;
  updatedAt: Date;
  tagNames: string[];
  /** Byline in order. */
  authors: Array<{ id: number; name: string }>;
  authorIds: number[];
};

export function getArticleForEdit(id: number): ArticleForEdit | undefined {
  const row = db
    .select({
      id: articles.id,
      slug: articles.slug,
      headline: articles.headline,
      dek: articles.dek,
      body: articles.body,
      status: articles.status,
      sectionId: articles.sectionId,
      createdById: articles.createdById,
      heroImageUrl: articles.heroImageUrl,
      heroImageAlt: articles.heroImageAlt,
      heroImageCaption: articles.heroImageCaption,
      commentsOpen: articles.commentsOpen,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .get();
  if (!row) return undefined;
  const authors = db
    .select({ id: users.id, name: users.name })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(eq(articleAuthors.articleId, id))
    .orderBy(asc(articleAuthors.sortOrder))
    .all();
  const tagNames = db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(tags.name))
    .all()
    .map((t) => t.name);
  return { ...row, tagNames, authors, authorIds: authors.map((a) => a.id) };
}

export function isSlugTaken(slug: string, exceptId?: number): boolean {
  const where = exceptId ? and(eq(articles.slug, slug), ne(articles.id, exceptId)) : eq(articles.slug, slug);
  return Boolean(db.select({ id: articles.id }).from(articles).where(where).get());
}

/**
 * Tag ids for the given names, creating the missing ones. Names are matched by slug, so
 * "City Council" reuses an existing "City council" tag instead of making a twin.
 */
export function upsertTagsByName(names: string[], executor: Executor = db): number[] {
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, name.trim());
  }
  if (bySlug.size === 0) return [];
  executor
    .insert(tags)
    .values([...bySlug].map(([slug, name]) => ({ slug, name })))
    .onConflictDoNothing({ target: tags.slug })
    .run();
  const rows = executor
    .select({ id: tags.id, slug: tags.slug })
    .from(tags)
    .where(inArray(tags.slug, [...bySlug.keys()]))
    .all();
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  return [...bySlug.keys()].map((slug) => ids.get(slug)).filter((id): id is number => id !== undefined);
}

export type BylineCandidate = { id: number; name: string; role: Role };

/** Active staff who write: the people a byline may name. */
export function listBylineCandidates(): BylineCandidate[] {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, ["admin", "editor", "author"])))
    .orderBy(asc(users.name))
    .all();
}

export type ArticleWrite = {
  slug: string;
  headline: string;
  dek: string;
  body: string;
  sectionId: number;
  heroImageUrl: string | null;
  heroImageAlt: string;
  heroImageCaption: string;
  commentsOpen: boolean;
  status: ArticleStatus;
  tagNames: string[];
  /** Byline in order; must not be empty. */
  authorIds: number[];
};

export type SavedArticle = { id: number; slug: string; status: ArticleStatus; publishedAt: Date | null };

function writeRelations(tx: Tx, articleId: number, input: ArticleWrite): void {
  tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId)).run();
  const authorIds = [...new Set(input.authorIds)];
  if (authorIds.length) {
    tx.insert(articleAuthors)
      .values(authorIds.map((userId, sortOrder) => ({ articleId, userId, sortOrder })))
      .run();
  }
  tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
  const tagIds = upsertTagsByName(input.tagNames, tx);
  if (tagIds.length)
    tx.insert(articleTags)
      .values(tagIds.map((tagId) => ({ articleId, tagId })))
      .run();
}

function articleColumns(input: ArticleWrite) {
  const { tagNames: _tags, authorIds: _authors, ...columns } = input;
  return columns;
}

const savedColumns = {
  id: articles.id,
  slug: articles.slug,
  status: articles.status,
  publishedAt: articles.publishedAt,
};

/** Article, byline and tags in one transaction. A published insert is stamped `now`. */
export function createArticle(input: ArticleWrite & { createdById: number }, now = new Date()): SavedArticle {
  return db.transaction((tx) => {
    const saved = tx
      .insert(articles)
      .values({
        ...articleColumns(input),
        createdById: input.createdById,
        publishedAt: input.status === "published" ? now : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning(savedColumns)
      .get();
    writeRelations(tx, saved.id, input);
    return saved;
  });
}

/**
 * Replaces an article with its byline and tags in one transaction. The first publish stamps
 * `publishedAt`; edits of a live article keep it and bump only `updatedAt`. Unpublishing clears
 * it, so a later republish counts as new and goes back to the top of the front page.
 */
export function updateArticle(id: number, input: ArticleWrite, now = new Date()): SavedArticle | undefined {
  return db.transaction((tx) => {
    const current = tx
      .select({ status: articles.status, publishedAt: articles.publishedAt })
      .from(articles)
      .where(eq(articles.id, id))
      .get();
    if (!current) return undefined;
    const wasLive = current.status === "published" && current.publishedAt !== null;
    const publishedAt = input.status === "published" ? (wasLive ? current.publishedAt : now) : null;
    const saved = tx
      .update(articles)
      .set({ ...articleColumns(input), publishedAt, updatedAt: now })
      .where(eq(articles.id, id))
      .returning(savedColumns)
      .get();
    writeRelations(tx, id, input);
    return saved;
  });
}
