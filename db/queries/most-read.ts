import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { articles } from "@/db/schema";
import { listLatestPublished, listPublishedByIds, type ArticleCard } from "./articles";
import { isPublicArticle } from "./public-rule";

const publicIdBySlug = db
  .select({ id: articles.id })
  .from(articles)
  .where(and(isPublicArticle, eq(articles.slug, sql.placeholder("slug"))))
  .prepare();

/** True for a live story: only those are counted, so the counter holds real addresses only. */
export function isLiveArticleSlug(slug: string): boolean {
  return publicIdBySlug.get({ slug }) !== undefined;
}

/**
 * Cards for the ranked slugs, in rank order; a story unpublished since it was counted drops out.
 * With no ranking yet (a fresh start), the latest stories stand in.
 */
export function listMostRead(rankedSlugs: string[], max: number): ArticleCard[] {
  const ids = rankedSlugs.map((slug) => publicIdBySlug.get({ slug })?.id).filter((id): id is number => id !== undefined);
  if (ids.length === 0) return listLatestPublished({ limit: max, offset: 0 });
  const byId = new Map(listPublishedByIds(ids).map((card) => [card.id, card]));
  return ids.map((id) => byId.get(id)).filter((card): card is ArticleCard => card !== undefined).slice(0, max);
}
