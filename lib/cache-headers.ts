// Cache-Control for every public path, applied by next.config.ts `headers()`. Next's own header
// for a page cached until revalidated is `s-maxage=31536000`: fine for its own cache, which
// revalidatePath empties, but a CDN or reverse proxy would keep an unpublished story for a year.
// So shared caches get a short freshness and a long stale-while-revalidate window instead:
// readers get fast answers, and a takedown reaches them within a minute.

/** Reader pages: browsers always revalidate (ETag, so usually a 304); shared caches keep 60 s. */
export const READER_CACHE =
  "public, max-age=0, s-maxage=60, stale-while-revalidate=86400, stale-if-error=86400";
/** Feeds, sitemaps and robots.txt: polled by machines, so browsers and feed readers may keep 5 minutes too. */
export const XML_CACHE =
  "public, max-age=300, s-maxage=60, stale-while-revalidate=86400, stale-if-error=86400";
/** public/reader.js, always linked with a content hash (lib/reader-script.ts). */
export const SCRIPT_CACHE = "public, max-age=31536000, immutable";
/** Staff, sign-in, preview links and Auth.js: personal, never stored anywhere. */
export const PRIVATE_CACHE = "private, no-store";

const READER_PATHS = [
  "/",
  "/articles/:path*",
  "/sections/:path*",
  "/tags/:path*",
  "/authors/:path*",
  "/corrections/:path*",
];
const XML_PATHS = [
  "/feed.xml",
  "/sections/:slug/feed.xml",
  "/tags/:slug/feed.xml",
  "/authors/:slug/feed.xml",
  "/sitemap.xml",
  "/sitemaps/:file",
  "/news-sitemap.xml",
  "/robots.txt",
];
// /comments/*: status links, report and reply forms, permalink redirects: per request, per reader.
const PRIVATE_PATHS = [
  "/admin/:path*",
  "/login/:path*",
  "/preview/:path*",
  "/api/:path*",
  "/comments/:path*",
];

// A server action POSTs to the page's own address: its answer is for one visitor, so it keeps the
// no-cache, no-store Next gives action responses. (Reader pages have none today: the comment form
// posts to /api/comments. The rule stays so that adding one can never make its answer public.)
const notAnAction = [{ type: "header" as const, key: "next-action" }];

/** Rules for next.config `headers()`. Later rules win for the same header, so the order matters. */
export function cacheHeaderRules() {
  const rule = (source: string, value: string, missing?: typeof notAnAction) => ({
    source,
    ...(missing ? { missing } : {}),
    headers: [{ key: "Cache-Control", value }],
  });
  return [
    ...READER_PATHS.map((source) => rule(source, READER_CACHE, notAnAction)),
    ...XML_PATHS.map((source) => rule(source, XML_CACHE)),
    rule("/reader.js", SCRIPT_CACHE),
    ...PRIVATE_PATHS.map((source) => rule(source, PRIVATE_CACHE)),
  ];
}
