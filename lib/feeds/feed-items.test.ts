import { beforeAll, describe, expect, it } from "vitest";
import type { FeedArticle } from "@/db/queries/feeds";
import { toRssItem } from "./feed-items";

beforeAll(() => {
  process.env.SITE_URL = "https://news.test";
});

const article: FeedArticle = {
  id: 7,
  slug: "tolls",
  headline: "Tolls",
  dek: "",
  body: "Fish & chips **<cost>** \"more\" than it's worth.",
  publishedAt: new Date(Date.UTC(2025, 0, 1)),
  section: { slug: "news", name: "News" },
  authors: ["Ada"],
  tags: [{ slug: "food", name: "Food" }],
};

describe("toRssItem", () => {
  it("builds absolute links, a rename-proof guid and categories with their pages", () => {
    expect(toRssItem(article)).toMatchObject({
      link: "https://news.test/articles/tolls",
      guid: "tag:news.test,2000:article-7",
      creators: ["Ada"],
      categories: [
        { name: "News", domain: "https://news.test/sections/news" },
        { name: "Food", domain: "https://news.test/tags/food" },
      ],
    });
  });

  it("summarises with the dek when there is one", () => {
    expect(toRssItem({ ...article, dek: "The dek." }).summary).toBe("The dek.");
  });

  it("otherwise with a plain-text excerpt, not HTML entities (the XML writer escapes once)", () => {
    expect(toRssItem(article).summary).toBe(`Fish & chips "more" than it's worth.`);
  });
});
