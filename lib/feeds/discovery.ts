/**
 * The <link rel="alternate" type="application/rss+xml"> of a page's feed, as Next metadata
 * `alternates.types`; feed readers and browsers find the feed from the page through it.
 */
export function feedAlternate(path: string, title: string) {
  const base = path === "/" ? "" : path;
  return { "application/rss+xml": [{ url: `${base}/feed.xml`, title }] };
}
