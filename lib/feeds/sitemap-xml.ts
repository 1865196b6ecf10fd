import { el, fragment, xmlDocument } from "./xml";

// Sitemaps protocol (https://www.sitemaps.org/protocol.html) and Google News sitemaps
// (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap).

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

/** The protocol's ceiling for one file; past it, /sitemap.xml becomes an index. */
export const SITEMAP_MAX_URLS = 50_000;
/** Google reads at most this many URLs from a news sitemap. */
export const NEWS_SITEMAP_MAX_URLS = 1_000;

export type SitemapEntry = { loc: string; lastmod?: Date | null };
export type NewsEntry = { loc: string; title: string; publishedAt: Date };
export type NewsPublication = { name: string; language: string };

export function buildUrlset(entries: SitemapEntry[]): string {
  return xmlDocument(
    el("urlset", { xmlns: SITEMAP_NS }, fragment(entries.map((e) => el("url", {}, el("loc", {}, e.loc), lastmod(e.lastmod))))),
  );
}

export function buildSitemapIndex(entries: SitemapEntry[]): string {
  return xmlDocument(
    el(
      "sitemapindex",
      { xmlns: SITEMAP_NS },
      fragment(entries.map((e) => el("sitemap", {}, el("loc", {}, e.loc), lastmod(e.lastmod)))),
    ),
  );
}

export function buildNewsSitemap(entries: NewsEntry[], publication: NewsPublication): string {
  return xmlDocument(
    el(
      "urlset",
      { xmlns: SITEMAP_NS, "xmlns:news": NEWS_NS },
      fragment(
        entries.slice(0, NEWS_SITEMAP_MAX_URLS).map((e) =>
          el(
            "url",
            {},
            el("loc", {}, e.loc),
            el(
              "news:news",
              {},
              el("news:publication", {}, el("news:name", {}, publication.name), el("news:language", {}, publication.language)),
              el("news:publication_date", {}, e.publishedAt.toISOString()),
              el("news:title", {}, e.title),
            ),
          ),
        ),
      ),
    ),
  );
}

function lastmod(date: Date | null | undefined) {
  return date ? el("lastmod", {}, date.toISOString()) : null;
}
