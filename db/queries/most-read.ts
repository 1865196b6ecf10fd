import "server-only";
import { and, asc, desc, eq, gte, inArray, lt, lte, sql } from "drizzle-orm";
import { db } from "@/db";
import { articles, articleViewsDaily } from "@/db/schema";
import { utcDay, type DailyViews } from "@/lib/views";
import { listLatestPublished, listPublishedByIds, type ArticleCard } from "./articles";
import { isPublicArticle } from "./public-rule";

const publicIdBySlug = db
  .select({ id: articles.id })
  .from(articles)
  .where(and(isPublicArticle, eq(articles.slug, sql.placeholder("slug"))))
  .prepare();

/** The id of a live story, else undefined: only those are counted, so no junk reaches the table. */
export function liveArticleIdBySlug(slug: string): number | undefined {
  return publicIdBySlug.get({ slug })?.id;
}

const addViews = db
  .insert(articleViewsDaily)
  .values({
    articleId: sql.placeholder("articleId"),
    day: sql.placeholder("day"),
    views: sql.placeholder("views"),
  })
  .onConflictDoUpdate({
    target: [articleViewsDaily.articleId, articleViewsDaily.day],
    set: { views: sql`${articleViewsDaily.views} + excluded.views` },
  })
  .prepare();

const pruneBefore = db
  .delete(articleViewsDaily)
  .where(lt(articleViewsDaily.day, sql.placeholder("day")))
  .prepare();

/**
 * Adds a batch of buffered counts to the daily rows in one transaction, and drops rows from
 * before `pruneDay` when given. A story deleted since it was counted is skipped rather than
 * failing the batch on its foreign key. IMMEDIATE: the batch reads before it writes, and another
 * process may be writing too; this way the busy timeout applies instead of a snapshot error.
 */
export function saveDailyViews(batch: DailyViews[], pruneDay?: string): void {
  db.transaction(
    (tx) => {
      const ids = [...new Set(batch.map((row) => row.articleId))];
      const existing = new Set(
        ids.length
          ? tx
              .select({ id: articles.id })
              .from(articles)
              .where(inArray(articles.id, ids))
              .all()
              .map((r) => r.id)
          : [],
      );
      for (const row of batch) if (existing.has(row.articleId)) addViews.run(row);
      if (pruneDay) pruneBefore.run({ day: pruneDay });
    },
    { behavior: "immediate" },
  );
}

const day = articleViewsDaily.day;
const today = sql.placeholder("today");
/** Yesterday's views count for the share of yesterday still inside the last 24 hours. */
const score = sql<number>`sum(${articleViewsDaily.views} * (case when ${day} = ${today} then 1.0 else ${sql.placeholder("carry")} end))`;
const viewsToday = sql<number>`sum(case when ${day} = ${today} then ${articleViewsDaily.views} else 0 end)`;

const ranking = db
  .select({ slug: articles.slug, views: score })
  .from(articleViewsDaily)
  .innerJoin(articles, eq(articles.id, articleViewsDaily.articleId))
  .where(and(isPublicArticle, gte(day, sql.placeholder("yesterday")), lte(day, today)))
  .groupBy(articleViewsDaily.articleId)
  .orderBy(desc(score), desc(viewsToday), asc(articles.slug))
  .limit(sql.placeholder("limit"))
  .prepare();

const DAY_MS = 86_400_000;

/**
 * The most read live stories of the last 24 hours, most first. Counts are kept per UTC day, so the
 * window is estimated as a sliding-window counter does: today's views plus yesterday's scaled by
 * the part of yesterday that is less than 24 hours old. The list then moves smoothly through the
 * day instead of emptying at midnight. Ties go to the story read more today, then by slug.
 */
export function rankMostRead(limit: number, now = Date.now()): Array<{ slug: string; views: number }> {
  const startOfToday = Math.floor(now / DAY_MS) * DAY_MS;
  const carry = 1 - (now - startOfToday) / DAY_MS;
  return ranking.all({ today: utcDay(now), yesterday: utcDay(startOfToday - DAY_MS), carry, limit });
}

/**
 * Cards for the ranked slugs, in rank order; a story unpublished since it was counted drops out.
 * With no ranking yet (a fresh install), the latest stories stand in.
 */
export function listMostRead(rankedSlugs: string[], max: number): ArticleCard[] {
  const ids = rankedSlugs.map(liveArticleIdBySlug).filter((id): id is number => id !== undefined);
  if (ids.length === 0) return listLatestPublished({ limit: max, offset: 0 });
  const byId = new Map(listPublishedByIds(ids).map((card) => [card.id, card]));
  return ids
    .map((id) => byId.get(id))
    .filter((card): card is ArticleCard => card !== undefined)
    .slice(0, max);
}
