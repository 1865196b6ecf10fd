import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { db } from "@/db";
import type { Tx } from "@/db/client";
import { articles, slugRedirects } from "@/db/schema";
import { isPublicArticle } from "./public-rule";

// Old addresses of renamed articles. The article page answers one with a permanent redirect to
// the article's current address, so links and search results keep working after a rename.


/**
 * Called inside the save's transaction when an article's slug changes. The new slug stops being
 * anyone's old address (an article may take back a name it had before), and the old one
 * becomes this article's. A chain of renames needs no chain of hops: every old slug points at
 * the article, not at the next name.
 */
export function recordSlugChange(
  tx: Tx,
  input: { articleId: number; oldSlug: string; newSlug: string; now?: Date },
): void {
  const createdAt = input.now ?? new Date();
  tx.delete(slugRedirects).where(eq(slugRedirects.oldSlug, input.newSlug)).run();
  tx.insert(slugRedirects)
    .values({ oldSlug: input.oldSlug, articleId: input.articleId, createdAt })
    .onConflictDoUpdate({ target: slugRedirects.oldSlug, set: { articleId: input.articleId, createdAt } })
    .run();
}

/** Whether `slug` is an old address of an article other than `exceptId`; such a slug is taken. */
export function isRedirectOfAnotherArticle(slug: string, exceptId?: number): boolean {
  const where = exceptId
    ? and(eq(slugRedirects.oldSlug, slug), ne(slugRedirects.articleId, exceptId))
    : eq(slugRedirects.oldSlug, slug);
  return Boolean(db.select({ id: slugRedirects.articleId }).from(slugRedirects).where(where).get());
}

const targetStatement = db
  .select({ slug: articles.slug })
  .from(slugRedirects)
  .innerJoin(articles, eq(articles.id, slugRedirects.articleId))
  .where(and(eq(slugRedirects.oldSlug, sql.placeholder("slug")), isPublicArticle))
  .prepare();

/**
 * The current slug for an old address, only while readers may see the article: an old name of
 * a draft or unpublished story stays a 404 and gives nothing away.
 */
export function findRedirectTarget(oldSlug: string): string | undefined {
  return targetStatement.get({ slug: oldSlug })?.slug;
}

/**
 * Every old address of the article now at `slug`: pages to refresh when it goes on or off line,
 * since they redirect only while it is live.
 */
export function listOldSlugsOf(slug: string): string[] {
  return db
    .select({ slug: slugRedirects.oldSlug })
    .from(slugRedirects)
    .innerJoin(articles, eq(articles.id, slugRedirects.articleId))
    .where(eq(articles.slug, slug))
    .all()
    .map((r) => r.slug);
}
