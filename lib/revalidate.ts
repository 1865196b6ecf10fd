import "server-only";
import { revalidatePath as revalidateNextPath } from "next/cache";
import { purgePageCache } from "@/lib/page-cache/purge";
import { listOldSlugsOf } from "@/db/queries/slug-redirects";

// Every reader page that lists articles. Pagination shifts every page of a list when one
// story is added or removed, so whole route patterns are invalidated, not single pages. The
// patterns name the route group: Next tags each render with its file path, "(site)" included,
// and a pattern without it matches nothing.
const LIST_ROUTES = [
  "/(site)/sections/[slug]",
  "/(site)/sections/[slug]/page/[page]",
  "/(site)/tags/[slug]",
  "/(site)/tags/[slug]/page/[page]",
  "/(site)/authors/[slug]",
  "/(site)/authors/[slug]/page/[page]",
  // Lists corrections on live articles only, so publishing and unpublishing change it too.
  "/(site)/corrections",
  "/(site)/corrections/page/[page]",
] as const;

// Feeds and sitemaps are route handlers: Next tags them with their file path plus "/route", and
// revalidatePath(pattern, "layout") reaches that tag too (every path prefix is a "layout" tag).
const FEED_ROUTES = [
  "/(site)/sections/[slug]/feed.xml",
  "/(site)/tags/[slug]/feed.xml",
  "/(site)/authors/[slug]/feed.xml",
] as const;
/** Next's cache, then the front server's copies, which are all dropped on any change. */
function revalidatePath(path: string, type?: "page" | "layout"): void {
  revalidateNextPath(path, type);
  purgePageCache();
}

const SITEMAP_ROUTES = ["/(site)/sitemaps/[file]"] as const;

/** Sitemaps carry each story's public "updated" time, so corrections refresh them too. */
function revalidateSitemaps(): void {
  revalidatePath("/sitemap.xml");
  revalidatePath("/news-sitemap.xml");
  for (const route of SITEMAP_ROUTES) revalidatePath(route, "layout");
}

/**
 * After an article is published, edited while live, unpublished or renamed: the front page,
 * its own address (old and new), and every list it may appear in.
 */
export function revalidateArticleSurfaces(slugs: Array<string | null | undefined>): void {
  revalidatePath("/");
  const paths = new Set(slugs.filter((slug): slug is string => Boolean(slug)));
  // A renamed article's old addresses redirect only while it is live: they change with it.
  for (const slug of [...paths]) for (const old of listOldSlugsOf(slug)) paths.add(old);
  for (const slug of paths) revalidatePath(`/articles/${slug}`);
  // The generated social card shows the headline and section; it is a route of its own.
  for (const slug of paths) revalidatePath(`/articles/${slug}/social-card.png`);
  for (const route of LIST_ROUTES) revalidatePath(route, "page");
  revalidatePath("/feed.xml");
  for (const route of FEED_ROUTES) revalidatePath(route, "layout");
  revalidateSitemaps();
}

/** After a correction: the article (notice, structured data, "Updated"), /corrections, the front page. */
export function revalidateCorrection(slug: string): void {
  revalidatePath(`/articles/${slug}`);
  revalidatePath("/(site)/corrections", "page");
  revalidatePath("/(site)/corrections/page/[page]", "page");
  revalidatePath("/");
  revalidateSitemaps();
}

/** After the lead or the pinned stories change: only the front page shows them. */
export function revalidateFrontPage(): void {
  revalidatePath("/");
}

// The lists that show article cards with their comment count (components/site/article-list.tsx).
const COMMENT_COUNT_ROUTES = LIST_ROUTES.filter((route) => !route.includes("/corrections"));

/**
 * After a moderation decision that changes what readers see: the article (its thread and
 * count), every sorted page of its thread, and the lists whose cards show "N comments". The
 * thread pages are invalidated by route pattern (all articles'): their number per article is
 * not known here, they are rarely read, and an invalidated page is only rendered on request.
 */
export function revalidateArticleComments(slug: string): void {
  revalidatePath(`/articles/${slug}`);
  revalidatePath("/(site)/articles/[slug]/comments/[sort]/[page]", "page");
  revalidatePath("/");
  for (const route of COMMENT_COUNT_ROUTES) revalidatePath(route, "page");
}

/** After a staff profile change: bylines and author boxes appear on every article. */
export function revalidateEverything(): void {
  revalidatePath("/", "layout");
}
