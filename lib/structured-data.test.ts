import { describe, expect, it } from "vitest";
import { newsArticleJsonLd, serializeJsonLd } from "./structured-data";

const origin = new URL("https://news.example.org");
const article = {
  slug: "bridge",
  headline: "Bridge </script><script>alert(1)</script> reopens",
  dek: "Traffic & trams",
  publishedAt: new Date("2030-01-01T08:00:00Z"),
  substantiveUpdatedAt: null,
  heroImageUrl: "/media/bridge.jpg" as string | null,
  section: { name: "News" },
  authors: [{ name: "Ada Writer", slug: "ada-writer" }],
};

describe("newsArticleJsonLd", () => {
  it("describes the article with absolute addresses and no corrections key when there are none", () => {
    const data = newsArticleJsonLd(article, [], origin);
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      datePublished: "2030-01-01T08:00:00.000Z",
      dateModified: "2030-01-01T08:00:00.000Z",
      mainEntityOfPage: "https://news.example.org/articles/bridge",
      image: ["https://news.example.org/media/bridge.jpg"],
      author: [{ "@type": "Person", name: "Ada Writer", url: "https://news.example.org/authors/ada-writer" }],
      publisher: { "@type": "Organization", name: "The Gazette" },
    });
    expect(data).not.toHaveProperty("correction");
  });

  it("has section and a raster publisher logo, and falls back to the generated card for an image", () => {
    const data = newsArticleJsonLd({ ...article, heroImageUrl: null }, [], origin);
    expect(data).toMatchObject({
      articleSection: "News",
      image: ["https://news.example.org/articles/bridge/social-card.png"],
      publisher: { logo: { "@type": "ImageObject", url: "https://news.example.org/logo.png", width: 600, height: 60 } },
    });
  });

  it("lists corrections as CorrectionComment and takes dateModified from the substantive update", () => {
    const when = new Date("2030-01-03T09:00:00Z");
    const data = newsArticleJsonLd(
      { ...article, substantiveUpdatedAt: when },
      [{ body: "Fixed the date.", createdAt: when }],
      origin,
    );
    expect(data.dateModified).toBe(when.toISOString());
    expect(data.correction).toEqual([
      { "@type": "CorrectionComment", text: "Fixed the date.", datePublished: when.toISOString() },
    ]);
  });
});

describe("serializeJsonLd", () => {
  it("cannot be closed by user text, and still parses to the same data", () => {
    const data = newsArticleJsonLd(article, [{ body: "<!-- </SCRIPT> -->", createdAt: new Date(0) }], origin);
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
  });
});
