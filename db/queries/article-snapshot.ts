import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import type { Tx } from "@/db/client";
import { articleAuthors, articleRevisions, articles, articleTags, sections, tags, users } from "@/db/schema";
import type { ArticleSnapshot } from "@/lib/revision-snapshot";

// Revisions are written from inside the save's own transaction, so a save and its revision
// commit (or fail) together. The snapshot is read back from the rows just written rather than
// from the input, so it records exactly what is stored, including fields other modules write.

export type Executor = typeof db | Tx;

/** Every editable field of an article as stored now; undefined when it does not exist. */
export function readSnapshot(executor: Executor, articleId: number): ArticleSnapshot | undefined {
  const row = executor
    .select({
      headline: articles.headline,
      slug: articles.slug,
      dek: articles.dek,
      body: articles.body,
      sectionId: articles.sectionId,
      sectionName: sections.name,
      heroImageUrl: articles.heroImageUrl,
      heroImageAlt: articles.heroImageAlt,
      heroImageCaption: articles.heroImageCaption,
      heroImageCredit: articles.heroImageCredit,
      heroMediaId: articles.heroMediaId,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      commentsOpen: articles.commentsOpen,
    })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, articleId))
    .get();
  if (!row) return undefined;
  const authors = executor
    .select({ id: users.id, name: users.name })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.sortOrder))
    .all();
  const tagNames = executor
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name))
    .all()
    .map((t) => t.name);
  const { sectionId, sectionName, ...fields } = row;
  return { ...fields, section: { id: sectionId, name: sectionName ?? "" }, tags: tagNames, authors };
}

/**
 * Appends one revision holding the article as stored now (or `snapshot`, taken earlier in the
 * same transaction). Call inside the save's transaction.
 */
export function insertRevision(
  tx: Executor,
  input: { articleId: number; authorId: number | null; note: string; now: Date; snapshot?: ArticleSnapshot },
): number {
  const snapshot = input.snapshot ?? readSnapshot(tx, input.articleId);
  if (!snapshot) throw new Error(`Cannot snapshot missing article ${input.articleId}`);
  return tx
    .insert(articleRevisions)
    .values({ articleId: input.articleId, authorId: input.authorId, snapshot, note: input.note, createdAt: input.now })
    .returning({ id: articleRevisions.id })
    .get().id;
}

/** Whether the article has any revision yet (articles from before revisions existed have none). */
export function hasRevisions(tx: Executor, articleId: number): boolean {
  return Boolean(
    tx.select({ id: articleRevisions.id }).from(articleRevisions).where(eq(articleRevisions.articleId, articleId)).limit(1).get(),
  );
}
