import { beforeAll, describe, expect, it } from "vitest";
import { daysAgo, insertArticle, openFixture } from "@/lib/testing/articles-fixture";
import { sitemapFile, sitemapRoot } from "./sitemap-files";

// Splitting is tested with a tiny per-file limit instead of 50,000 stories.
beforeAll(() => {
  process.env.SITE_URL = "https://news.test";
  const f = openFixture();
  for (let i = 1; i <= 5; i++) insertArticle(f, { slug: `story-${i}`, publishedAt: daysAgo(i) });
});

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

describe("sitemapRoot", () => {
  it("is one urlset with every public page while everything fits", () => {
    const xml = sitemapRoot();
    expect(xml).toContain("<urlset");
    expect(locs(xml)).toEqual([
      "https://news.test/",
      expect.stringMatching(/^https:\/\/news\.test\/sections\/section-/),
      expect.stringMatching(/^https:\/\/news\.test\/authors\/writer-/),
      "https://news.test/corrections",
      ...[1, 2, 3, 4, 5].map((i) => `https://news.test/articles/story-${i}`),
    ]);
  });

  it("becomes an index of a pages file and article files once it does not fit", () => {
    const xml = sitemapRoot(2);
    expect(xml).toContain("<sitemapindex");
    expect(locs(xml)).toEqual([
      "https://news.test/sitemaps/pages.xml",
      "https://news.test/sitemaps/articles-1.xml",
      "https://news.test/sitemaps/articles-2.xml",
      "https://news.test/sitemaps/articles-3.xml",
    ]);
  });
});

describe("sitemapFile", () => {
  it("serves each listed file and nothing else", () => {
    expect(locs(sitemapFile("articles-1.xml", 2)!)).toEqual(["https://news.test/articles/story-1", "https://news.test/articles/story-2"]);
    expect(locs(sitemapFile("articles-3.xml", 2)!)).toEqual(["https://news.test/articles/story-5"]);
    expect(locs(sitemapFile("pages.xml", 50)!)).toContain("https://news.test/corrections");
    for (const name of ["articles-4.xml", "articles-0.xml", "articles-01.xml", "articles-x.xml", "other.xml", "../sitemap.xml"]) {
      expect(sitemapFile(name, 2)).toBeNull();
    }
  });
});
