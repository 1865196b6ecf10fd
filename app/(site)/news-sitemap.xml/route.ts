import { listNewsSitemapArticles } from "@/db/queries/sitemap";
import { absoluteUrl } from "@/lib/feeds/feed-items";
import { xmlResponse } from "@/lib/feeds/http";
import { buildNewsSitemap, NEWS_SITEMAP_MAX_URLS } from "@/lib/feeds/sitemap-xml";
import { expireAtNextScheduledChange } from "@/lib/schedule-cache";

const WINDOW_MS = 48 * 60 * 60 * 1000;

// Google News reads only the last two days. Publishing revalidates this at once; the 10-minute
// lifetime is what lets stories age out of the window with nobody acting.
export const dynamic = "force-static";
export const revalidate = 600;

export async function GET(): Promise<Response> {
  await expireAtNextScheduledChange();
  const since = new Date(Date.now() - WINDOW_MS);
  const entries = listNewsSitemapArticles(since, NEWS_SITEMAP_MAX_URLS).map((a) => ({
    loc: absoluteUrl(`/articles/${a.slug}`),
    title: a.headline,
    publishedAt: a.publishedAt,
  }));
  return xmlResponse(buildNewsSitemap(entries, { name: "The Gazette", language: "en" }));
}
