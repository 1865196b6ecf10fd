import "server-only";
import { siteUrl } from "@/db/config";
import type { FeedArticle } from "@/db/queries/feeds";
import { markdownExcerpt } from "@/lib/markdown";
import type { RssItem } from "./rss";

/** Absolute address on the portal's public origin, as feed readers and crawlers need. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString();
}

/** A live story as an RSS item: section and tags as categories, the dek (else an excerpt) as summary. */
export function toRssItem(article: FeedArticle): RssItem {
  return {
    title: article.headline,
    link: absoluteUrl(`/articles/${article.slug}`),
    // The id, not the slug: renaming a story must not make readers see it twice.
    guid: `tag:${siteUrl().hostname},2000:article-${article.id}`,
    pubDate: article.publishedAt,
    creators: article.authors,
    categories: [
      { name: article.section.name, domain: absoluteUrl(`/sections/${article.section.slug}`) },
      ...article.tags.map((t) => ({ name: t.name, domain: absoluteUrl(`/tags/${t.slug}`) })),
    ],
    summary: article.dek || plainText(markdownExcerpt(article.body, 300)),
  };
}

// markdownExcerpt returns HTML-escaped text (sanitize-html's output); the XML writer escapes
// again, so the entities are turned back into characters first to avoid "&amp;amp;".
function plainText(escaped: string): string {
  return escaped
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, "&");
}
