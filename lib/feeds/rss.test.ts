import { describe, expect, it } from "vitest";
import { buildRss, rfc822, type RssItem } from "./rss";

const item: RssItem = {
  title: `Mayor says "no" to <tolls> & fees`,
  link: "https://news.test/articles/mayor-tolls",
  guid: "tag:news.test,2000:article-7",
  pubDate: new Date(Date.UTC(2025, 2, 4, 9, 30)),
  creators: ["Ada Writer", "Ben O'Brien"],
  categories: [
    { name: "News", domain: "https://news.test/sections/news" },
    { name: "Roads & Transit", domain: "https://news.test/tags/roads" },
  ],
  summary: "The council's plan, explained.",
};
const channel = {
  title: "The Gazette: News",
  link: "https://news.test/sections/news",
  selfLink: "https://news.test/sections/news/feed.xml",
  description: "News & more",
};

describe("buildRss", () => {
  const xml = buildRss(channel, [item]);

  it("declares RSS 2.0 with the Atom and Dublin Core namespaces", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">')).toBe(true);
  });

  it("describes the channel with a self link and the newest item's date as build date", () => {
    expect(xml).toContain("<title>The Gazette: News</title><link>https://news.test/sections/news</link>");
    expect(xml).toContain("<description>News &amp; more</description><language>en</language>");
    expect(xml).toContain("<lastBuildDate>Tue, 04 Mar 2025 09:30:00 GMT</lastBuildDate>");
    expect(xml).toContain('<atom:link href="https://news.test/sections/news/feed.xml" rel="self" type="application/rss+xml"/>');
  });

  it("writes each item with an escaped title, link, guid, date, bylines, categories and summary", () => {
    expect(xml).toContain(
      "<item><title>Mayor says &quot;no&quot; to &lt;tolls&gt; &amp; fees</title>" +
        "<link>https://news.test/articles/mayor-tolls</link>" +
        '<guid isPermaLink="false">tag:news.test,2000:article-7</guid>' +
        "<pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate>" +
        "<dc:creator>Ada Writer</dc:creator><dc:creator>Ben O&apos;Brien</dc:creator>" +
        '<category domain="https://news.test/sections/news">News</category>' +
        '<category domain="https://news.test/tags/roads">Roads &amp; Transit</category>' +
        "<description>The council&apos;s plan, explained.</description></item>",
    );
  });

  it("leaves out an empty summary and uses now as build date of an empty feed", () => {
    const now = new Date(Date.UTC(2025, 0, 1));
    expect(buildRss(channel, [{ ...item, summary: "" }])).not.toContain("<description>The");
    expect(buildRss(channel, [], now)).toContain("<lastBuildDate>Wed, 01 Jan 2025 00:00:00 GMT</lastBuildDate>");
    expect(buildRss(channel, [], now)).not.toContain("<item>");
  });
});

describe("rfc822", () => {
  it("writes the RFC 822 form feed readers parse", () => {
    expect(rfc822(new Date(Date.UTC(2001, 0, 2, 3, 4, 5)))).toBe("Tue, 02 Jan 2001 03:04:05 GMT");
  });
});
