import { describe, expect, it } from "vitest";
import { buildNewsSitemap, buildSitemapIndex, buildUrlset, NEWS_SITEMAP_MAX_URLS } from "./sitemap-xml";

const at = new Date(Date.UTC(2025, 4, 6, 7, 8, 9));

describe("buildUrlset", () => {
  it("lists each address with its lastmod when known", () => {
    const xml = buildUrlset([
      { loc: "https://news.test/", lastmod: at },
      { loc: "https://news.test/corrections", lastmod: null },
      { loc: "https://news.test/tags/r&d" },
    ]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<url><loc>https://news.test/</loc><lastmod>2025-05-06T07:08:09.000Z</lastmod></url>");
    expect(xml).toContain("<url><loc>https://news.test/corrections</loc></url>");
    expect(xml).toContain("<loc>https://news.test/tags/r&amp;d</loc>");
  });
});

describe("buildSitemapIndex", () => {
  it("lists the split files", () => {
    const xml = buildSitemapIndex([{ loc: "https://news.test/sitemaps/pages.xml", lastmod: at }, { loc: "https://news.test/sitemaps/articles-1.xml" }]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<sitemap><loc>https://news.test/sitemaps/pages.xml</loc><lastmod>2025-05-06T07:08:09.000Z</lastmod></sitemap>");
    expect(xml).toContain("<sitemap><loc>https://news.test/sitemaps/articles-1.xml</loc></sitemap>");
  });
});

describe("buildNewsSitemap", () => {
  const publication = { name: "The Gazette", language: "en" };

  it("writes Google's news:news block with the publication, date and escaped title", () => {
    const xml = buildNewsSitemap([{ loc: "https://news.test/articles/a", title: "Fish & <chips>", publishedAt: at }], publication);
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(xml).toContain(
      "<url><loc>https://news.test/articles/a</loc><news:news>" +
        "<news:publication><news:name>The Gazette</news:name><news:language>en</news:language></news:publication>" +
        "<news:publication_date>2025-05-06T07:08:09.000Z</news:publication_date>" +
        "<news:title>Fish &amp; &lt;chips&gt;</news:title></news:news></url>",
    );
  });

  it(`stops at ${NEWS_SITEMAP_MAX_URLS} addresses`, () => {
    const many = Array.from({ length: NEWS_SITEMAP_MAX_URLS + 5 }, (_, i) => ({ loc: `https://news.test/articles/${i}`, title: `t${i}`, publishedAt: at }));
    expect(buildNewsSitemap(many, publication).match(/<url>/g)).toHaveLength(NEWS_SITEMAP_MAX_URLS);
  });
});
