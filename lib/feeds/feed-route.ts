import "server-only";
import { listFeedArticles, type FeedScope } from "@/db/queries/feeds";
import { expireAtNextScheduledChange } from "@/lib/schedule-cache";
import { absoluteUrl, toRssItem } from "./feed-items";
import { rssResponse } from "./http";
import { buildRss } from "./rss";

export type FeedTarget = {
  scope: FeedScope;
  /** Shown by feed readers as the subscription's name. */
  title: string;
  description: string;
  /** The HTML page the feed follows, e.g. /sections/news; the feed is <path>/feed.xml. */
  path: string;
};

/**
 * The RSS response for one list. The routes are cached like reader pages, so the feed also
 * expires when the next scheduled story is due (route handlers have no layout to do it).
 */
export async function feedResponse(target: FeedTarget): Promise<Response> {
  await expireAtNextScheduledChange();
  const base = target.path === "/" ? "" : target.path;
  const body = buildRss(
    {
      title: target.title,
      link: absoluteUrl(target.path),
      selfLink: absoluteUrl(`${base}/feed.xml`),
      description: target.description,
    },
    listFeedArticles(target.scope).map(toRssItem),
  );
  return rssResponse(body);
}
