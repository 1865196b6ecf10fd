import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { db } from "@/db";
import type { Tx } from "@/db/client";
import {
  articleAuthors,
  articles,
  articleTags,
  tags,
  users,
  type ArticleStatus,
  type CommentModerationMode,
  type Role,
} from "@/db/schema";
import { slugify } from "@/lib/utils";
import { hasRevisions, insertRevision, readSnapshot } from "./article-snapshot";
import { isRedirectOfAnotherArticle, recordSlugChange } from "./slug-redirects";

// Staff-side reads and writes of articles. Unlike the reader queries these see drafts, so
// nothing here may be called from a public page. The desk list lives in article-desk.ts.
export {
  countArticlesByStatus,
  DESK_PAGE_SIZE,
  listArticlesForDesk,
  type DeskArticle,
  type DeskFilter,
} from "./article-desk";

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
  /** The library image chosen as hero, and its credit; null/"" for a plain image address. */
  heroMediaId: number | null;
  heroImageCredit: string;
  commentsOpen: boolean;
  /** How comments are moderated on this story; "default" follows the site's setting. */
  commentModeration: CommentModerationMode;
  publishedAt: Date | null;
  updatedAt: Date;
  /** Content version the editor was loaded with; a save based on an older one is refused. */
  version: number;
  seoTitle: string;
  seoDescription: string;
  assigneeId: number | null;
  dueAt: Date | null;
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
      heroMediaId: articles.heroMediaId,
      heroImageCredit: articles.heroImageCredit,
      commentsOpen: articles.commentsOpen,
      commentModeration: articles.commentModeration,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      version: articles.version,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      assigneeId: articles.assigneeId,
      dueAt: articles.dueAt,
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

/** Taken by another article, now or as one of its old addresses (which must keep redirecting). */
export function isSlugTaken(slug: string, exceptId?: number): boolean {
  const where = exceptId ? and(eq(articles.slug, slug), ne(articles.id, exceptId)) : eq(articles.slug, slug);
  if (db.select({ id: articles.id }).from(articles).where(where).get()) return true;
  return isRedirectOfAnotherArticle(slug, exceptId);
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
  // Optional: a caller that leaves one out (a script, an older form) keeps what is stored.
  heroImageCredit?: string;
  heroMediaId?: number | null;
  commentsOpen: boolean;
  commentModeration?: CommentModerationMode;
  seoTitle?: string;
  seoDescription?: string;
  tagNames: string[];
  /** Byline in order; must not be empty. */
  authorIds: number[];
};

export type SavedArticle = { id: number; slug: string; status: ArticleStatus; publishedAt: Date | null; version: number };

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
  version: articles.version,
};

/**
 * Article, byline, tags and its first revision in one transaction. New articles start as drafts
 * at version 1.
 */
export function createArticle(input: ArticleWrite & { createdById: number }, now = new Date()): SavedArticle {
  return db.transaction((tx) => {
    const saved = tx
      .insert(articles)
      .values({
        ...articleColumns(input),
        createdById: input.createdById,
        status: "draft",
        publishedAt: null,
        createdAt: now,
        updatedAt: now,
      })
      .returning(savedColumns)
      .get();
    writeRelations(tx, saved.id, input);
    insertRevision(tx, { articleId: saved.id, authorId: input.createdById, note: "Created", now });
    return saved;
  });
}

/** Who saves, and the version their text was based on. */
export type SaveBasis = { version: number; userId: number; note?: string };

export type UpdateResult =
  | { ok: true; article: SavedArticle }
  | { ok: false; reason: "missing" }
  /** Someone saved since `basis.version` was loaded: nothing was written. */
  | { ok: false; reason: "stale"; currentVersion: number };

/**
 * Replaces an article's content with its byline and tags, and records the result as a revision,
 * in one transaction. Optimistic concurrency: the UPDATE matches the version the writer loaded
 * and bumps it, so of two saves based on one version only the first lands; the second is told
 * `stale` and nothing of it is written. Status and `publishedAt` belong to the workflow
 * (db/queries/workflow.ts) and are left as they are.
 */
export function updateArticle(id: number, input: ArticleWrite, basis: SaveBasis, now = new Date()): UpdateResult {
  return db.transaction((tx): UpdateResult => {
    const before = tx
      .select({ slug: articles.slug, version: articles.version, updatedAt: articles.updatedAt })
      .from(articles)
      .where(eq(articles.id, id))
      .get();
    if (!before) return { ok: false, reason: "missing" };
    // Articles from before revisions existed get their pre-edit state kept as well, so the first
    // tracked save can still be undone. Read now, written only if the save goes through.
    const baseline = hasRevisions(tx, id) ? undefined : readSnapshot(tx, id);
    const saved = tx
      .update(articles)
      .set({ ...articleColumns(input), updatedAt: now, version: sql`${articles.version} + 1` })
      .where(and(eq(articles.id, id), eq(articles.version, basis.version)))
      .returning(savedColumns)
      .get();
    if (!saved) return { ok: false, reason: "stale", currentVersion: before.version };
    if (baseline) {
      insertRevision(tx, { articleId: id, authorId: null, note: "Before the first tracked save", now: before.updatedAt, snapshot: baseline });
    }
    // A renamed article keeps answering at its old address (a permanent redirect).
    if (before.slug !== saved.slug) {
      recordSlugChange(tx, { articleId: id, oldSlug: before.slug, newSlug: saved.slug, now });
    }
    writeRelations(tx, id, input);
    insertRevision(tx, { articleId: id, authorId: basis.userId, note: basis.note ?? "", now });
    return { ok: true, article: saved };
  });
}
