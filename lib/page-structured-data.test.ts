import { describe, expect, it } from "vitest";
import {
  articleCrumbs,
  authorCrumbs,
  breadcrumbJsonLd,
  collectionPageJsonLd,
  correctionsCrumbs,
  pagedCrumbs,
  profilePageJsonLd,
  sectionCrumbs,
  tagCrumbs,
} from "./page-structured-data";
import { serializeJsonLd } from "./structured-data";

const origin = new URL("https://news.example.org");

describe("breadcrumbs", () => {
  it("trails from Home through the section to the article", () => {
    const crumbs = articleCrumbs({ slug: "bridge", headline: "Bridge reopens", section: { slug: "news", name: "News" } });
    expect(crumbs.map((c) => c.path)).toEqual(["/", "/sections/news", "/articles/bridge"]);
    expect(sectionCrumbs({ slug: "news", name: "News" })).toEqual(crumbs.slice(0, 2));
    expect(authorCrumbs({ slug: "ada", name: "Ada" }).at(-1)).toEqual({ name: "Ada", path: "/authors/ada" });
  });

  it("becomes a BreadcrumbList with positions from 1 and absolute items", () => {
    expect(breadcrumbJsonLd(sectionCrumbs({ slug: "news", name: "News" }), origin)).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: "https://news.example.org/" },
        { "@type": "ListItem", position: 2, name: "News", item: "https://news.example.org/sections/news" },
      ],
    });
  });
});

describe("pagedCrumbs", () => {
  it("leaves page 1 alone: the list is the current page", () => {
    const crumbs = sectionCrumbs({ slug: "news", name: "News" });
    expect(pagedCrumbs(crumbs, 1)).toEqual(crumbs);
  });

  it.each([
    ["section", sectionCrumbs({ slug: "news", name: "News" }), "/sections/news"],
    ["tag", tagCrumbs({ slug: "flooding", name: "Flooding" }), "/tags/flooding"],
    ["author", authorCrumbs({ slug: "ada", name: "Ada" }), "/authors/ada"],
    ["corrections", correctionsCrumbs(), "/corrections"],
  ])("ends a %s's page N with a Page N crumb at the list's /page/N address", (_kind, crumbs, base) => {
    const paged = pagedCrumbs(crumbs, 3);
    expect(paged.slice(0, -1)).toEqual(crumbs);
    expect(paged.at(-2)?.path).toBe(base);
    expect(paged.at(-1)).toEqual({ name: "Page 3", path: `${base}/page/3` });
  });

  it("carries the page into the BreadcrumbList, the list's item pointing at page 1", () => {
    const data = breadcrumbJsonLd(pagedCrumbs(tagCrumbs({ slug: "flooding", name: "Flooding" }), 2), origin);
    expect(data.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: "https://news.example.org/" },
      { "@type": "ListItem", position: 2, name: "Flooding", item: "https://news.example.org/tags/flooding" },
      { "@type": "ListItem", position: 3, name: "Page 2", item: "https://news.example.org/tags/flooding/page/2" },
    ]);
  });
});

describe("profilePageJsonLd", () => {
  it("describes the writer as a Person with name, url, description and image", () => {
    const data = profilePageJsonLd({ slug: "ada", name: "Ada Writer", bio: "Covers the city.", avatarUrl: "/avatars/ada.svg" }, origin);
    expect(data).toMatchObject({
      "@type": "ProfilePage",
      mainEntity: {
        "@type": "Person",
        name: "Ada Writer",
        url: "https://news.example.org/authors/ada",
        description: "Covers the city.",
        image: "https://news.example.org/avatars/ada.svg",
        worksFor: { "@type": "Organization", logo: { "@type": "ImageObject", url: "https://news.example.org/logo.png" } },
      },
    });
  });

  it("leaves out an empty bio and a missing picture, and stays inert inside <script>", () => {
    const data = profilePageJsonLd({ slug: "x", name: "</script><b>x</b>", bio: "", avatarUrl: null }, origin);
    expect(data.mainEntity).not.toHaveProperty("description");
    expect(data.mainEntity).not.toHaveProperty("image");
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json).mainEntity.name).toBe("</script><b>x</b>");
  });
});

describe("collectionPageJsonLd", () => {
  it("lists the section's stories in order", () => {
    const data = collectionPageJsonLd({ slug: "news", name: "News", description: "" }, [{ slug: "a", headline: "A" }, { slug: "b", headline: "B" }], origin);
    expect(data).not.toHaveProperty("description");
    expect(data.mainEntity.itemListElement.map((i) => [i.position, i.url])).toEqual([
      [1, "https://news.example.org/articles/a"],
      [2, "https://news.example.org/articles/b"],
    ]);
  });
});
