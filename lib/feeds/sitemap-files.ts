import "server-only";
import {
  countPublicArticles,
  latestPublicChange,
  latestPublicCorrection,
  listSitemapArticles,
  listSitemapAuthors,
  listSitemapSections,
  listSitemapTags,
} from "@/db/queries/sitemap";
import { absoluteUrl } from "./feed-items";
import { buildSitemapIndex, buildUrlset, SITEMAP_MAX_URLS, type SitemapEntry } from "./sitemap-xml";

// /sitemap.xml is one urlset while every public page fits in one file (50,000 URLs), and becomes
// an index past that: /sitemaps/pages.xml for the front page and lists, then
// /sitemaps/articles-<n>.xml with `maxUrls` stories each, in id order so a story never moves file.

const ARTICLE_FILE = /^articles-([1-9]\d{0,5})\.xml$/;

/** The front page, /corrections and every section, tag and writer page readers can reach. */
function pageEntries(): SitemapEntry[] {
  return [
    { loc: absoluteUrl("/"), lastmod: latestPublicChange() },
    ...listSitemapSections().map((s) => ({ loc: absoluteUrl(`/sections/${s.slug}`), lastmod: s.lastmod })),
    ...listSitemapTags().map((t) => ({ loc: absoluteUrl(`/tags/${t.slug}`), lastmod: t.lastmod })),
    ...listSitemapAuthors().map((a) => ({ loc: absoluteUrl(`/authors/${a.slug}`), lastmod: a.lastmod })),
    { loc: absoluteUrl("/corrections"), lastmod: latestPublicCorrection() },
  ];
}

function articleEntries(paging: { limit: number; offset: number }): SitemapEntry[] {
  return listSitemapArticles(paging).map((a) => ({ loc: absoluteUrl(`/articles/${a.slug}`), lastmod: a.lastmod }));
}

/** The body of /sitemap.xml: every page, or an index of the split files when they do not fit. */
export function sitemapRoot(maxUrls = SITEMAP_MAX_URLS): string {
  const pages = pageEntries();
  const articleCount = countPublicArticles();
  if (pages.length + articleCount <= maxUrls) {
    return buildUrlset([...pages, ...articleEntries({ limit: articleCount, offset: 0 })]);
  }
  const files = [{ loc: absoluteUrl("/sitemaps/pages.xml"), lastmod: pages[0]?.lastmod }];
  for (let n = 1; (n - 1) * maxUrls < articleCount; n++) files.push({ loc: absoluteUrl(`/sitemaps/articles-${n}.xml`), lastmod: undefined });
  return buildSitemapIndex(files);
}

/** The body of one split file, or null for a name the index does not list. */
export function sitemapFile(name: string, maxUrls = SITEMAP_MAX_URLS): string | null {
  if (name === "pages.xml") return buildUrlset(pageEntries().slice(0, maxUrls));
  const n = Number(ARTICLE_FILE.exec(name)?.[1]);
  if (!n) return null;
  const entries = articleEntries({ limit: maxUrls, offset: (n - 1) * maxUrls });
  return entries.length ? buildUrlset(entries) : null;
}
