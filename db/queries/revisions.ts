import "server-only";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { db } from "@/db";
import { articleAuthors, articleRevisions, articles, media, sections, users } from "@/db/schema";
import { parseSnapshot, type ArticleSnapshot } from "@/lib/revision-snapshot";
import { isSlugTaken, updateArticle, type ArticleWrite, type SavedArticle } from "./article-editor";

// An article's revision history: one full snapshot per save, never capped or pruned. Revisions
// are numbered 1, 2, 3… per article in the order they were written; that number is what people
// see and what the compare form's URL carries.

export type RevisionEntry = { id: number; number: number; authorName: string | null; createdAt: Date; note: string };
export type Revision = RevisionEntry & { snapshot: ArticleSnapshot };

const entryColumns = {
  id: articleRevisions.id,
  authorName: users.name,
  createdAt: articleRevisions.createdAt,
  note: articleRevisions.note,
};

/** Every revision of an article, newest first. */
export function listRevisions(articleId: number): RevisionEntry[] {
  const rows = db
    .select(entryColumns)
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(asc(articleRevisions.id))
    .all();
  return rows.map((row, i) => ({ ...row, number: i + 1 })).reverse();
}

/** Revision number `number` (1-based) of an article, with its snapshot. */
export function getRevisionByNumber(articleId: number, number: number): Revision | undefined {
  const row = db
    .select({ ...entryColumns, snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(asc(articleRevisions.id))
    .limit(1)
    .offset(number - 1)
    .get();
  return row ? { ...row, number, snapshot: parseSnapshot(row.snapshot) } : undefined;
}

/** A revision by id, only when it belongs to `articleId`. */
function getRevisionById(articleId: number, revisionId: number): Revision | undefined {
  const row = db
    .select({ ...entryColumns, snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
    .get();
  if (!row) return undefined;
  const number =
    db
      .select({ n: sql<number>`count(*)` })
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, articleId), lte(articleRevisions.id, revisionId)))
      .get()?.n ?? 0;
  return { ...row, number, snapshot: parseSnapshot(row.snapshot) };
}

/** The newest revision: who saved the article last, and when (for the editor's conflict notice). */
export function latestRevision(articleId: number): RevisionEntry | undefined {
  return listRevisions(articleId)[0];
}

export function countRevisions(articleId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, articleId))
      .get()?.n ?? 0
  );
}

export type RestoreResult =
  | {
      ok: true;
      article: SavedArticle;
      previousSlug: string;
      restoredNumber: number;
      /** Parts of the old revision that could not come back, said in plain words. */
      kept: string[];
    }
  | { ok: false; reason: "missing" | "no-revision" };

/**
 * Writes revision `revisionId`'s content back as the article's current content, through the
 * same save as the editor (version bump, slug redirect, new revision noted "Restored revision N").
 * What no longer exists is adjusted rather than failing: a slug now used by another article, a
 * deleted section or library image, a byline name whose account is gone.
 */
export function restoreRevision(input: { articleId: number; revisionId: number; userId: number; now?: Date }): RestoreResult {
  const now = input.now ?? new Date();
  return db.transaction((): RestoreResult => {
    const revision = getRevisionById(input.articleId, input.revisionId);
    if (!revision) return { ok: false, reason: "no-revision" };
    const current = db
      .select({ version: articles.version, slug: articles.slug, sectionId: articles.sectionId })
      .from(articles)
      .where(eq(articles.id, input.articleId))
      .get();
    if (!current) return { ok: false, reason: "missing" };
    const { write, kept } = restorableWrite(input.articleId, revision.snapshot, current);
    const saved = updateArticle(
      input.articleId,
      write,
      { version: current.version, userId: input.userId, note: `Restored revision ${revision.number}` },
      now,
    );
    // Inside one transaction nobody can save in between, so only a vanished article fails here.
    if (!saved.ok) return { ok: false, reason: "missing" };
    return { ok: true, article: saved.article, previousSlug: current.slug, restoredNumber: revision.number, kept };
  });
}

function restorableWrite(
  articleId: number,
  snap: ArticleSnapshot,
  current: { slug: string; sectionId: number },
): { write: ArticleWrite; kept: string[] } {
  const kept: string[] = [];
  let slug = snap.slug;
  if (!slug || (slug !== current.slug && isSlugTaken(slug, articleId))) {
    kept.push(`the current slug (“${snap.slug}” now belongs to another article)`);
    slug = current.slug;
  }
  let sectionId = snap.section?.id ?? current.sectionId;
  if (!db.select({ id: sections.id }).from(sections).where(eq(sections.id, sectionId)).get()) {
    kept.push("the current section (the old one was deleted)");
    sectionId = current.sectionId;
  }
  const wanted = snap.authors.map((a) => a.id);
  const existing = new Set(
    wanted.length ? db.select({ id: users.id }).from(users).where(inArray(users.id, wanted)).all().map((u) => u.id) : [],
  );
  let authorIds = wanted.filter((id) => existing.has(id));
  if (authorIds.length < wanted.length) kept.push("the byline without people whose accounts were deleted");
  if (authorIds.length === 0) {
    authorIds = currentAuthorIds(articleId);
  }
  let heroMediaId = snap.heroMediaId;
  if (heroMediaId !== null && !db.select({ id: media.id }).from(media).where(eq(media.id, heroMediaId)).get()) {
    kept.push("no library image (the old one was deleted)");
    heroMediaId = null;
  }
  return {
    kept,
    write: {
      slug,
      headline: snap.headline,
      dek: snap.dek,
      body: snap.body,
      sectionId,
      heroImageUrl: snap.heroImageUrl,
      heroImageAlt: snap.heroImageAlt,
      heroImageCaption: snap.heroImageCaption,
      heroImageCredit: snap.heroImageCredit,
      heroMediaId,
      commentsOpen: snap.commentsOpen,
      seoTitle: snap.seoTitle,
      seoDescription: snap.seoDescription,
      tagNames: snap.tags,
      authorIds,
    },
  };
}

function currentAuthorIds(articleId: number): number[] {
  return db
    .select({ userId: articleAuthors.userId })
    .from(articleAuthors)
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.sortOrder))
    .all()
    .map((r) => r.userId);
}
