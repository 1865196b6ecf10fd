import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { articles, sections } from "../db/schema";
import { openDatabase } from "../db/client";
import { e2eDatabasePath, expect, test } from "./fixtures";
import { createListPageTwo, removeListPageTwo, type ListFixture } from "./public-pages";

// Seeded stories: one with an uploaded hero image, one without (it gets the generated card).
const WITH_HERO = "riverside-flood-barrier-approved";
const WITHOUT_HERO = "school-meals-pilot-expands";
// A desktop browser's user agent: the beacon ignores headless browsers as automated traffic.
const READER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

type JsonLdNode = Record<string, unknown>;

async function jsonLd(page: Page): Promise<JsonLdNode[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as JsonLdNode);
}
const ofType = (nodes: JsonLdNode[], type: string) => nodes.find((n) => n["@type"] === type);

function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe("social cards", () => {
  test("an article with a hero shares the hero", async ({ page }) => {
    await page.goto(`/articles/${WITH_HERO}`);
    const og = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(og).toMatch(/\/images\/flood-barrier\.svg$/);
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", og!);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  });

  test("an article without a hero shares a generated 1200x630 PNG", async ({ page, request }) => {
    await page.goto(`/articles/${WITHOUT_HERO}`);
    const og = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(og).toContain(`/articles/${WITHOUT_HERO}/social-card.png`);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", og!);

    const image = await request.get(new URL(og!).pathname + new URL(og!).search);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect(image.headers()["cache-control"]).toMatch(/^public/);
    expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
  });

  test("the generated card of an unknown story is a 404", async ({ request }) => {
    expect((await request.get("/articles/no-such-story/social-card.png")).status()).toBe(404);
  });
});

test.describe("structured data and breadcrumbs", () => {
  test("an article's NewsArticle has Google's required and recommended fields", async ({ page }) => {
    await page.goto(`/articles/${WITHOUT_HERO}`);
    const nodes = await jsonLd(page);
    const article = ofType(nodes, "NewsArticle")!;
    expect(article).toMatchObject({
      headline: expect.any(String),
      image: [expect.stringContaining(`/articles/${WITHOUT_HERO}/social-card.png`)],
      datePublished: expect.any(String),
      dateModified: expect.any(String),
      mainEntityOfPage: expect.stringContaining(`/articles/${WITHOUT_HERO}`),
      articleSection: "News",
      publisher: { "@type": "Organization", name: "The Gazette", logo: { "@type": "ImageObject", url: expect.stringMatching(/\/logo\.png$/) } },
    });
    const authors = article.author as Array<{ name: string; url: string }>;
    expect(authors.length).toBeGreaterThan(0);
    for (const author of authors) expect(author).toMatchObject({ name: expect.any(String), url: expect.stringContaining("/authors/") });
    const crumbs = ofType(nodes, "BreadcrumbList")!.itemListElement as Array<{ position: number; name: string }>;
    expect(crumbs.map((c) => c.position)).toEqual([1, 2, 3]);

    const logo = await page.request.get("/logo.png");
    expect(logo.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await logo.body())).toEqual({ width: 600, height: 60 });
  });

  for (const { path, trail } of [
    { path: `/articles/${WITHOUT_HERO}`, trail: ["Home", "News"] },
    { path: "/sections/news", trail: ["Home"] },
    { path: "/authors/tomas-ferreira", trail: ["Home"] },
    { path: "/tags/flooding", trail: ["Home"] },
    { path: "/corrections", trail: ["Home"] },
  ]) {
    test(`${path} shows a breadcrumb trail ending at the current page`, async ({ page }) => {
      await page.goto(path);
      const nav = page.getByRole("navigation", { name: "Breadcrumb" });
      await expect(nav).toBeVisible();
      const items = nav.getByRole("listitem");
      await expect(items).toHaveCount(trail.length + 1);
      for (const [i, name] of trail.entries()) await expect(items.nth(i).getByRole("link")).toHaveText(name);
      const current = items.last().locator('[aria-current="page"]');
      await expect(current).toHaveText(await page.getByRole("heading", { level: 1 }).innerText());
      expect(ofType(await jsonLd(page), "BreadcrumbList")).toBeTruthy();
    });
  }

  test.describe("on page 2 of a list", () => {
    // Eleven old stories by one writer, in one section, under a fresh tag: each list gets a page 2.
    let list: ListFixture | undefined;
    const base: Record<"section" | "tag" | "author", string> = { section: "", tag: "", author: "/authors/tomas-ferreira" };
    test.beforeAll(() => {
      list = createListPageTwo();
      base.tag = list.path.replace(/\/page\/2$/, "");
      const db = openDatabase(e2eDatabasePath());
      try {
        const section = db
          .select({ slug: sections.slug })
          .from(articles)
          .innerJoin(sections, eq(sections.id, articles.sectionId))
          .where(eq(articles.id, list.articleIds[0]!))
          .get();
        base.section = `/sections/${section!.slug}`;
      } finally {
        db.$client.close();
      }
    });
    test.afterAll(() => removeListPageTwo(list));

    for (const kind of ["section", "tag", "author"] as const) {
      test(`page 2 of a ${kind} list: the trail links the list and ends at "Page 2"`, async ({ page }) => {
        const listPath = base[kind];
        await page.goto(`${listPath}/page/2`);
        const heading = await page.getByRole("heading", { level: 1 }).innerText();
        const items = page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("listitem");
        await expect(items).toHaveCount(3);
        await expect(items.nth(0).getByRole("link")).toHaveText("Home");
        await expect(items.nth(1).getByRole("link")).toHaveText(heading);
        await expect(items.nth(1).getByRole("link")).toHaveAttribute("href", listPath);
        await expect(items.last().locator('[aria-current="page"]')).toHaveText("Page 2");

        const crumbs = ofType(await jsonLd(page), "BreadcrumbList")!.itemListElement as Array<{ position: number; name: string; item: string }>;
        expect(crumbs.map((c) => [c.position, c.name, new URL(c.item).pathname])).toEqual([
          [1, "Home", "/"],
          [2, heading, listPath],
          [3, "Page 2", `${listPath}/page/2`],
        ]);
        // Canonical and title stay those of page 2 itself.
        expect(new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!).pathname).toBe(`${listPath}/page/2`);
        await expect(page).toHaveTitle(/\(page 2\)/);
      });
    }
  });

  test("an author page carries Person data in a ProfilePage", async ({ page }) => {
    await page.goto("/authors/tomas-ferreira");
    const profile = ofType(await jsonLd(page), "ProfilePage")!;
    expect(profile.mainEntity).toMatchObject({
      "@type": "Person",
      name: "Tomás Ferreira",
      url: expect.stringMatching(/\/authors\/tomas-ferreira$/),
      description: expect.any(String),
    });
  });

  test("a section page carries CollectionPage data", async ({ page }) => {
    await page.goto("/sections/news");
    const collection = ofType(await jsonLd(page), "CollectionPage")!;
    expect(collection).toMatchObject({ name: "News", mainEntity: { "@type": "ItemList" } });
  });
});

test("readers' views put a story in Most read once the list refreshes", async ({ browser, page }) => {
  test.setTimeout(60_000);
  // A story no other spec opens, read more often than the other specs read any one story
  // (their browsers count as readers too), so it must rank in the top five.
  const target = "heat-pump-trial-results";
  // Separate contexts: separate readers, no shared state (there is no cookie to share anyway).
  for (let i = 0; i < 8; i++) {
    const context = await browser.newContext({ userAgent: READER_UA });
    const reader = await context.newPage();
    const beacon = reader.waitForRequest((r) => r.url().endsWith("/api/views") && r.method() === "POST");
    await reader.goto(`/articles/${target}`);
    expect((await beacon).postData()).toBe(target);
    await context.close();
  }
  // The list is a cached entry (MOST_READ_REFRESH_SECONDS, 2 s in e2e): reload until it shows.
  const mostRead = page.getByRole("region", { name: "Most read" });
  const entry = mostRead.locator(`a[href="/articles/${target}"]`);
  await expect(async () => {
    await page.goto("/");
    await expect(entry).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000, intervals: [1_000] });
  const response = await page.goto(`/articles/${WITH_HERO}`);
  expect(response?.headers()["cache-control"]).toMatch(/^public, max-age=0, s-maxage=60/);
  await expect(async () => {
    await page.reload();
    await expect(entry).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000, intervals: [1_000] });
});

test("the view beacon answers 204 to anything, and a bot's view is ignored", async ({ request }) => {
  for (const data of ["", "Not A Slug", "x".repeat(500)]) {
    expect((await request.post("/api/views", { data, headers: { "content-type": "text/plain", "user-agent": READER_UA } })).status()).toBe(204);
  }
  expect((await request.post("/api/views", { data: WITH_HERO, headers: { "user-agent": "Googlebot/2.1" } })).status()).toBe(204);
});
