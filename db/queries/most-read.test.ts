import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { articles, articleViewsDaily } from "@/db/schema";
import { daysAgo, insertArticle, openFixture, type Fixture } from "@/lib/testing/articles-fixture";
import { listMostRead, liveArticleIdBySlug, rankMostRead, saveDailyViews } from "./most-read";

let f: Fixture;
const id: Record<string, number> = {};

const TODAY = "2030-01-02";
const YESTERDAY = "2030-01-01";
const at = (hour: number) => Date.UTC(2030, 0, 2, hour);

beforeAll(() => {
  f = openFixture();
  for (const slug of ["mr-a", "mr-b", "mr-c", "mr-d"])
    id[slug] = insertArticle(f, { slug, publishedAt: daysAgo(2) });
  id.draft = insertArticle(f, { slug: "mr-draft", status: "draft", publishedAt: null });
});
afterAll(() => f.close());
beforeEach(() => {
  f.db.delete(articleViewsDaily).run();
});

const rows = () =>
  f.db.select().from(articleViewsDaily).orderBy(articleViewsDaily.articleId, articleViewsDaily.day).all();
const slugs = (ranked: Array<{ slug: string }>) => ranked.map((r) => r.slug);

describe("saveDailyViews", () => {
  it("adds each batch to the day's row instead of replacing it", () => {
    saveDailyViews([{ articleId: id["mr-a"]!, day: TODAY, views: 2 }]);
    saveDailyViews([
      { articleId: id["mr-a"]!, day: TODAY, views: 3 },
      { articleId: id["mr-a"]!, day: YESTERDAY, views: 1 },
      { articleId: id["mr-b"]!, day: TODAY, views: 4 },
    ]);
    expect(rows()).toEqual([
      { articleId: id["mr-a"], day: YESTERDAY, views: 1 },
      { articleId: id["mr-a"], day: TODAY, views: 5 },
      { articleId: id["mr-b"], day: TODAY, views: 4 },
    ]);
  });

  it("skips a story deleted since it was counted, and keeps the rest of the batch", () => {
    const gone = insertArticle(f, { slug: "mr-gone" });
    f.db.delete(articles).where(eq(articles.id, gone)).run();
    saveDailyViews([
      { articleId: gone, day: TODAY, views: 9 },
      { articleId: id["mr-a"]!, day: TODAY, views: 1 },
    ]);
    expect(rows()).toEqual([{ articleId: id["mr-a"], day: TODAY, views: 1 }]);
  });

  it("prunes the days before the cut-off, in the same flush", () => {
    saveDailyViews([
      { articleId: id["mr-a"]!, day: "2029-09-01", views: 1 },
      { articleId: id["mr-a"]!, day: "2029-10-03", views: 1 },
      { articleId: id["mr-b"]!, day: "2029-10-04", views: 1 },
    ]);
    saveDailyViews([{ articleId: id["mr-c"]!, day: TODAY, views: 1 }], "2029-10-04");
    expect(rows().map((r) => r.day)).toEqual(["2029-10-04", TODAY]);
  });

  it("loses a story's counts with the story", () => {
    const doomed = insertArticle(f, { slug: "mr-doomed" });
    saveDailyViews([{ articleId: doomed, day: TODAY, views: 3 }]);
    expect(rows()).toHaveLength(1);
    f.db.delete(articles).where(eq(articles.id, doomed)).run();
    expect(rows()).toEqual([]);
  });
});

describe("rankMostRead", () => {
  beforeEach(() => {
    saveDailyViews([
      { articleId: id["mr-a"]!, day: TODAY, views: 3 },
      { articleId: id["mr-b"]!, day: YESTERDAY, views: 10 },
      // Two days ago: outside the last 24 hours at any time of today.
      { articleId: id["mr-c"]!, day: "2029-12-31", views: 100 },
    ]);
  });

  it("counts today in full and yesterday by the share still inside the last 24 hours", () => {
    expect(rankMostRead(5, at(0))).toEqual([
      { slug: "mr-b", views: 10 },
      { slug: "mr-a", views: 3 },
    ]);
    expect(rankMostRead(5, at(12))).toEqual([
      { slug: "mr-b", views: 5 },
      { slug: "mr-a", views: 3 },
    ]);
    expect(slugs(rankMostRead(5, at(23)))).toEqual(["mr-a", "mr-b"]);
    // Late the next day, a few minutes of the 2nd are still inside the window: a lingers, b is gone.
    expect(slugs(rankMostRead(5, at(24 + 23.5)))).toEqual(["mr-a"]);
    expect(slugs(rankMostRead(5, at(48)))).toEqual([]);
  });

  it("breaks ties by today's views, then by slug, and honours the limit", () => {
    saveDailyViews([
      { articleId: id["mr-d"]!, day: TODAY, views: 3 },
      { articleId: id["mr-c"]!, day: YESTERDAY, views: 6 },
    ]);
    // At noon: a = 3, d = 3, c = 6 * 0.5 = 3, b = 5.
    expect(slugs(rankMostRead(5, at(12)))).toEqual(["mr-b", "mr-a", "mr-d", "mr-c"]);
    expect(slugs(rankMostRead(2, at(12)))).toEqual(["mr-b", "mr-a"]);
  });

  it("lists live stories only", () => {
    saveDailyViews([
      { articleId: id.draft!, day: TODAY, views: 50 },
      { articleId: id["mr-d"]!, day: TODAY, views: 40 },
    ]);
    f.db.update(articles).set({ status: "unpublished" }).where(eq(articles.id, id["mr-d"]!)).run();
    try {
      expect(slugs(rankMostRead(5, at(12)))).toEqual(["mr-b", "mr-a"]);
    } finally {
      f.db.update(articles).set({ status: "published" }).where(eq(articles.id, id["mr-d"]!)).run();
    }
  });
});

describe("liveArticleIdBySlug and listMostRead", () => {
  it("knows live stories only", () => {
    expect(liveArticleIdBySlug("mr-a")).toBe(id["mr-a"]);
    expect(liveArticleIdBySlug("mr-draft")).toBeUndefined();
    expect(liveArticleIdBySlug("no-such-story")).toBeUndefined();
  });

  it("keeps the ranked order, drops stories gone off line, and falls back to the latest", () => {
    expect(listMostRead(["mr-c", "mr-draft", "mr-a"], 5).map((c) => c.slug)).toEqual(["mr-c", "mr-a"]);
    expect(listMostRead(["mr-draft"], 2)).toHaveLength(2);
  });
});
