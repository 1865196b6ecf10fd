import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { articles } from "@/db/schema";
import { isPublicArticle } from "./public-rule";

// Staff-side writes of an article's preview link. Only the token's SHA-256 is stored; the
// reader-side lookup is getArticleByPreviewTokenHash in articles.ts.

/**
 * Stores a new link's hash, replacing any old one (which then stops working). A live article
 * needs no preview, so it is refused: false when nothing was changed.
 */
export function setPreviewTokenHash(articleId: number, hash: string): boolean {
  const result = db
    .update(articles)
    .set({ previewTokenHash: hash })
    // Parenthesised: drizzle's not() would bind to the rule's first clause only.
    .where(and(eq(articles.id, articleId), sql`not coalesce((${isPublicArticle}), 0)`))
    .run();
  return result.changes > 0;
}

/** Revokes the link; false when there was none. */
export function clearPreviewTokenHash(articleId: number): boolean {
  const result = db
    .update(articles)
    .set({ previewTokenHash: null })
    .where(and(eq(articles.id, articleId), isNotNull(articles.previewTokenHash)))
    .run();
  return result.changes > 0;
}

export function hasPreviewLink(articleId: number): boolean {
  return Boolean(
    db
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.id, articleId), isNotNull(articles.previewTokenHash)))
      .get(),
  );
}
