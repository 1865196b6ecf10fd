import { el, fragment, xmlDocument } from "./xml";

// RSS 2.0 (https://www.rssboard.org/rss-specification) with the two extensions feed readers
// expect: dc:creator for bylines (RSS's own <author> must be an email, which we never publish)
// and atom:link rel="self", which the W3C feed validator asks for.

export type RssChannel = {
  title: string;
  /** Absolute address of the HTML page this feed follows. */
  link: string;
  /** Absolute address of the feed itself. */
  selfLink: string;
  description: string;
};

export type RssItem = {
  title: string;
  link: string;
  /** Stable across renames, unlike the link. */
  guid: string;
  pubDate: Date;
  creators: string[];
  categories: Array<{ name: string; domain?: string }>;
  summary: string;
};

export function buildRss(channel: RssChannel, items: RssItem[], now = new Date()): string {
  const lastBuild = items[0]?.pubDate ?? now;
  return xmlDocument(
    el(
      "rss",
      { version: "2.0", "xmlns:atom": "http://www.w3.org/2005/Atom", "xmlns:dc": "http://purl.org/dc/elements/1.1/" },
      el(
        "channel",
        {},
        el("title", {}, channel.title),
        el("link", {}, channel.link),
        el("description", {}, channel.description),
        el("language", {}, "en"),
        el("lastBuildDate", {}, rfc822(lastBuild)),
        el("atom:link", { href: channel.selfLink, rel: "self", type: "application/rss+xml" }),
        fragment(items.map(rssItem)),
      ),
    ),
  );
}

function rssItem(item: RssItem) {
  return el(
    "item",
    {},
    el("title", {}, item.title),
    el("link", {}, item.link),
    el("guid", { isPermaLink: "false" }, item.guid),
    el("pubDate", {}, rfc822(item.pubDate)),
    fragment(item.creators.map((name) => el("dc:creator", {}, name))),
    fragment(item.categories.map((c) => el("category", { domain: c.domain }, c.name))),
    item.summary ? el("description", {}, item.summary) : null,
  );
}

/** RSS dates are RFC 822; toUTCString() writes exactly that form ("Tue, 02 Jan 2001 00:00:00 GMT"). */
export function rfc822(date: Date): string {
  return date.toUTCString();
}
