import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { articles, articleTags, tags, users } from "@/db/schema";
import { daysAgo, insertArticle, openFixture, plainSave, type Fixture } from "@/lib/testing/articles-fixture";
import { addCorrection } from "./corrections";
import {
  countPublicArticles,
  latestPublicChange,
  latestPublicCorrection,
  listNewsSitemapArticles,
  listSitemapArticles,
  listSitemapAuthors,
  listSitemapSections,
  listSitemapTags,
} from "./sitemap";

let f: Fixture;
const id: Record<string, number> = {};
let emptySectionSlug = "";

beforeAll(() => {
  f = openFixture();
  emptySectionSlug = openFixture().db.$client.prepare("select slug from sections order by id desc limit 1").pluck().get() as string;
  id.a = insertArticle(f, { slug: "a", publishedAt: daysAgo(5) });
  id.b = insertArticle(f, { slug: "b", publishedAt: daysAgo(1), substantiveUpdatedAt: daysAgo(0.5) });
  id.recent = insertArticle(f, { slug: "recent", publishedAt: daysAgo(0.1) });
  id.draft = insertArticle(f, { slug: "draft", status: "draft", publishedAt: null });
  id.future = insertArticle(f, { slug: "future", status: "scheduled", publishedAt: daysAgo(-1) });
  const [live, hidden] = f.db.insert(tags).values([{ slug: "live", name: "Live" }, { slug: "secret", name: "Secret" }]).returning({ id: tags.id }).all();
  f.db.insert(articleTags).values([{ articleId: id.a, tagId: live!.id }, { articleId: id.draft, tagId: hidden!.id }]).run();
  f.db.insert(users).values({ email: "never@test.local", name: "Never Wrote", slug: "never-wrote", passwordHash: "x", role: "moderator" }).run();
});

const bySlug = <T extends { slug: string }>(rows: T[]) => Object.fromEntries(rows.map((r) => [r.slug, r]));

describe("sitemap queries", () => {
  it("counts and lists live articles in id order with their public updated time", () => {
    expect(countPublicArticles()).toBe(3);
    expect(listSitemapArticles({ limit: 10, offset: 0 })).toEqual([
      { slug: "a", lastmod: daysAgo(5) },
      { slug: "b", lastmod: daysAgo(0.5) },
      { slug: "recent", lastmod: daysAgo(0.1) },
    ]);
    expect(listSitemapArticles({ limit: 1, offset: 1 }).map((r) => r.slug)).toEqual(["b"]);
  });

  it("gives the front page the newest public change", () => {
    expect(latestPublicChange()).toEqual(daysAgo(0.1));
  });

  it("lists every section, empty ones without lastmod", () => {
    const sections = bySlug(listSitemapSections());
    expect(sections[emptySectionSlug]?.lastmod).toBeNull();
    expect(Object.values(sections).some((s) => s.lastmod?.getTime() === daysAgo(0.1).getTime())).toBe(true);
  });

  it("lists only tags and writers with a live story", () => {
    expect(listSitemapTags()).toEqual([{ slug: "live", lastmod: daysAgo(5) }]);
    expect(listSitemapAuthors().map((a) => a.slug)).not.toContain("never-wrote");
    expect(listSitemapAuthors()).toHaveLength(1);
  });

  it("lists the news window, newest first", () => {
    expect(listNewsSitemapArticles(daysAgo(2), 1000).map((r) => r.slug)).toEqual(["recent", "b"]);
    expect(listNewsSitemapArticles(daysAgo(2), 1).map((r) => r.slug)).toEqual(["recent"]);
  });

  it("moves lastmod on a correction, never on a plain save", () => {
    const before = listSitemapArticles({ limit: 1, offset: 0 })[0]!.lastmod;
    const saved = plainSave(id.a!, f.userId, { headline: "Typo fixed" });
    expect(saved).toBeTruthy();
    expect(f.db.select({ h: articles.headline }).from(articles).where(eq(articles.id, id.a!)).get()?.h).toBe("Typo fixed");
    expect(listSitemapArticles({ limit: 1, offset: 0 })[0]!.lastmod).toEqual(before);
    expect(latestPublicCorrection()).toBeNull();

    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    addCorrection({ articleId: id.a!, kind: "correction", body: "Fixed a figure.", createdById: f.userId, now });
    expect(listSitemapArticles({ limit: 1, offset: 0 })[0]!.lastmod).toEqual(now);
    expect(latestPublicCorrection()).toEqual(now);
    expect(latestPublicChange()).toEqual(now);
  });
});
