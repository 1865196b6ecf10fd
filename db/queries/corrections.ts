import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import type { Tx } from "@/db/client";
import { articles, corrections, type CorrectionKind } from "@/db/schema";
import { isPublicArticle } from "./public-rule";

// Corrections, clarifications and updates: appended to a live article, never edited, and the
// only thing that moves the article's public "updated" time.

export type CorrectionEntry = { id: number; kind: CorrectionKind; body: string; createdAt: Date };
export type PublicCorrection = CorrectionEntry & { article: { slug: string; headline: string } };

const entryColumns = {
  id: corrections.id,
  kind: corrections.kind,
  body: corrections.body,
  createdAt: corrections.createdAt,
};
const newestFirst = [desc(corrections.createdAt), desc(corrections.id)];

type NewCorrection = { articleId: number; kind: CorrectionKind; body: string; createdById: number; now?: Date };
type AddedCorrection = CorrectionEntry & { slug: string; headline: string };

/**
 * Appends an entry and stamps the article's public "updated" time, in one transaction. Only a
 * story readers can see takes corrections; undefined when the article is not (or no longer) live.
 */
export function addCorrection(input: NewCorrection): AddedCorrection | undefined {
  return db.transaction((tx) => appendCorrection(tx, input));
}

/** addCorrection's body, for callers that publish a correction inside their own transaction. */
export function appendCorrection(tx: Tx, input: NewCorrection): AddedCorrection | undefined {
  const now = input.now ?? new Date();
  const article = tx
    .update(articles)
    .set({ substantiveUpdatedAt: now })
    .where(and(eq(articles.id, input.articleId), isPublicArticle))
    .returning({ slug: articles.slug, headline: articles.headline })
    .get();
  if (!article) return undefined;
  const entry = tx
    .insert(corrections)
    .values({
      articleId: input.articleId,
      kind: input.kind,
      body: input.body,
      createdById: input.createdById,
      createdAt: now,
    })
    .returning(entryColumns)
    .get();
  return { ...entry, ...article };
}

const forArticleStatement = db
  .select(entryColumns)
  .from(corrections)
  .where(eq(corrections.articleId, sql.placeholder("id")))
  .orderBy(...newestFirst)
  .prepare();

/** An article's entries, newest first. Callers pass the id of an article they may show. */
export function listCorrectionsForArticle(articleId: number): CorrectionEntry[] {
  return forArticleStatement.all({ id: articleId });
}

const publicStatement = db
  .select({ ...entryColumns, slug: articles.slug, headline: articles.headline })
  .from(corrections)
  .innerJoin(articles, eq(articles.id, corrections.articleId))
  .where(isPublicArticle)
  .orderBy(...newestFirst)
  .limit(sql.placeholder("limit"))
  .offset(sql.placeholder("offset"))
  .prepare();

const publicCountStatement = db
  .select({ n: sql<number>`count(*)` })
  .from(corrections)
  .innerJoin(articles, eq(articles.id, corrections.articleId))
  .where(isPublicArticle)
  .prepare();

/** The /corrections list: entries on live articles only, newest first. */
export function listPublicCorrections(paging: { limit: number; offset: number }): PublicCorrection[] {
  return publicStatement
    .all(paging)
    .map(({ slug, headline, ...entry }) => ({ ...entry, article: { slug, headline } }));
}

export function countPublicCorrections(): number {
  return publicCountStatement.get()?.n ?? 0;
}
