import { eq, inArray } from "drizzle-orm";
import type { APIRequestContext, Page } from "@playwright/test";
import type { DB } from "../db/client";
import { articleAuthors, articles, articleTags, sections, tags, users } from "../db/schema";
import { slugify } from "../lib/utils";
import { contextAs, expect, loginFor, storageStateFor, test, uniqueSuffix } from "./fixtures";

// Feeds, sitemaps, robots.txt and Cache-Control, as readers' software sees them. Publishing,
// saving and correcting go through the editor's own UI, so the revalidation is the real one.
test.use({ storageState: storageStateFor("editor") });

const made: number[] = [];
const madeTags: number[] = [];
test.afterEach(({ db }) => {
  if (made.length) db.delete(articles).where(inArray(articles.id, made.splice(0))).run();
  if (madeTags.length) db.delete(tags).where(inArray(tags.id, madeTags.splice(0))).run();
});

function editor(db: DB) {
  return db.select({ id: users.id, slug: users.slug }).from(users).where(eq(users.email, loginFor("editor").email)).get()!;
}

/** A story in News bylined to the editor, arranged directly; published ones are dated as told. */
function arrange(db: DB, name: string, values: Partial<typeof articles.$inferInsert> = {}) {
  const suffix = uniqueSuffix();
  const headline = `Feeds ${name} & <more> ${suffix}`;
  const news = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, "news")).get()!;
  const owner = editor(db);
  const { id, slug } = db
    .insert(articles)
    .values({ slug: slugify(`feeds ${name} ${suffix}`), headline, dek: "A short summary.", body: "Body text.", sectionId: news.id, createdById: owner.id, ...values })
    .returning({ id: articles.id, slug: articles.slug })
    .get();
  db.insert(articleAuthors).values({ articleId: id, userId: owner.id }).run();
  made.push(id);
  return { id, slug, headline, suffix };
}

type Parsed = { ok: boolean; root: string; items: string[]; entries: Record<string, string | null>; news: Record<string, string> };

/** Parses XML with the browser's own DOMParser: a parse error means the document is not well-formed. */
async function parseXml(page: Page, text: string): Promise<Parsed> {
  if (page.url() !== "about:blank") await page.goto("about:blank");
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    const ok = doc.getElementsByTagName("parsererror").length === 0;
    const text = (el: Element, name: string) => el.getElementsByTagName(name)[0]?.textContent ?? null;
    const entries: Record<string, string | null> = {};
    const news: Record<string, string> = {};
    for (const url of Array.from(doc.getElementsByTagName("url"))) {
      entries[text(url, "loc")!] = text(url, "lastmod");
      const date = text(url, "news:publication_date");
      if (date) news[text(url, "loc")!] = date;
    }
    return { ok, root: doc.documentElement.nodeName, items: Array.from(doc.getElementsByTagName("item")).map((i) => text(i, "title") ?? ""), entries, news };
  }, text);
}

async function fetchXml(request: APIRequestContext, page: Page, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const parsed = await parseXml(page, await response.text());
  expect(parsed.ok, `${path} is well-formed XML`).toBe(true);
  return { response, parsed };
}

const workflow = (page: Page) => page.getByRole("region", { name: /Workflow/ });

test("feeds list a story once it is published and drop it when it is unpublished", async ({ page, db, browser }) => {
  test.slow();
  const story = arrange(db, "published");
  const tag = db.insert(tags).values({ slug: `feeds-tag-${story.suffix}`, name: `Feeds tag ${story.suffix}` }).returning({ id: tags.id, slug: tags.slug }).get();
  madeTags.push(tag.id);
  db.insert(articleTags).values({ articleId: story.id, tagId: tag.id }).run();
  const reader = await contextAs(browser, null);
  try {
    const xmlPage = await reader.newPage();
    const feeds = ["/feed.xml", "/sections/news/feed.xml", `/authors/${editor(db).slug}/feed.xml`];
    // A tag used only on a draft has no feed, like no page.
    expect((await reader.request.get(`/tags/${tag.slug}/feed.xml`)).status()).toBe(404);
    for (const path of feeds) expect((await fetchXml(reader.request, xmlPage, path)).parsed.items).not.toContain(story.headline);

    await page.goto(`/admin/articles/${story.id}/edit`);
    await workflow(page).getByRole("button", { name: "Publish now" }).click();
    await expect(workflow(page).getByRole("status")).toHaveText("Published.");

    for (const path of [...feeds, `/tags/${tag.slug}/feed.xml`]) {
      const { response, parsed } = await fetchXml(reader.request, xmlPage, path);
      expect(parsed.root).toBe("rss");
      expect(parsed.items, path).toContain(story.headline);
      expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
      expect(response.headers()["cache-control"]).toMatch(/^public, .*stale-while-revalidate=/);
    }
    const body = await (await reader.request.get("/sections/news/feed.xml")).text();
    expect(body).toContain(`<title>Feeds published &amp; &lt;more&gt; ${story.suffix}</title>`);
    expect(body).toMatch(new RegExp(`<link>https?://[^<]+/articles/${story.slug}</link>`));

    await workflow(page).getByRole("button", { name: "Unpublish" }).click();
    await expect(workflow(page).getByRole("status")).toHaveText("Unpublished.");
    for (const path of feeds) expect((await fetchXml(reader.request, xmlPage, path)).parsed.items, path).not.toContain(story.headline);
    expect((await reader.request.get(`/tags/${tag.slug}/feed.xml`)).status()).toBe(404);
  } finally {
    await reader.close();
  }
});

test("home, section, tag and author pages point to their feeds", async ({ db, browser }) => {
  const reader = await contextAs(browser, null);
  try {
    const page = await reader.newPage();
    const tag = db.select({ slug: tags.slug }).from(tags).innerJoin(articleTags, eq(articleTags.tagId, tags.id)).innerJoin(articles, eq(articles.id, articleTags.articleId)).where(eq(articles.status, "published")).get()!;
    const author = db.select({ slug: users.slug }).from(users).innerJoin(articleAuthors, eq(articleAuthors.userId, users.id)).innerJoin(articles, eq(articles.id, articleAuthors.articleId)).where(eq(articles.status, "published")).get()!;
    for (const path of ["/", "/sections/news", `/tags/${tag.slug}`, `/authors/${author.slug}`]) {
      await page.goto(path);
      const link = page.locator('link[rel="alternate"][type="application/rss+xml"]');
      await expect(link).toHaveCount(1);
      const href = (await link.getAttribute("href"))!;
      expect(new URL(href).pathname).toBe(path === "/" ? "/feed.xml" : `${path}/feed.xml`);
      expect((await reader.request.get(href.replace(/^https?:\/\/[^/]+/, ""))).status()).toBe(200);
    }
  } finally {
    await reader.close();
  }
});

test("sitemap lastmod ignores a plain save and moves with a correction", async ({ page, db, browser }) => {
  test.slow();
  const LONG_AGO = new Date(Date.UTC(2001, 0, 1));
  const story = arrange(db, "sitemap", { status: "published", publishedAt: LONG_AGO });
  const reader = await contextAs(browser, null);
  try {
    const xmlPage = await reader.newPage();
    const lastmodOf = async () => {
      const { parsed } = await fetchXml(reader.request, xmlPage, "/sitemap.xml");
      expect(parsed.root).toBe("urlset");
      return Object.entries(parsed.entries).find(([loc]) => loc.endsWith(`/articles/${story.slug}`))?.[1];
    };

    // A plain save refreshes the sitemap (the story was arranged behind its back) but is no update.
    await page.goto(`/admin/articles/${story.id}/edit`);
    await page.getByLabel("Dek").fill("A short summary, typo fixed.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\?saved=1$/);
    expect(await lastmodOf()).toBe(LONG_AGO.toISOString());

    const panel = page.getByRole("region", { name: "Corrections and updates" });
    await panel.getByLabel("Type").selectOption("correction");
    await panel.getByLabel("Text").fill(`The figure was 31, not 13. ${story.suffix}`);
    await panel.getByRole("button", { name: "Publish correction" }).click();
    await expect(panel.getByRole("status")).toContainText("Correction published.");
    const stamped = db.select({ at: articles.substantiveUpdatedAt }).from(articles).where(eq(articles.id, story.id)).get()!.at!;
    expect(await lastmodOf()).toBe(stamped.toISOString());

    // Every public page type is listed; nothing private is.
    const { parsed } = await fetchXml(reader.request, xmlPage, "/sitemap.xml");
    const paths = Object.keys(parsed.entries).map((loc) => new URL(loc).pathname);
    for (const expected of ["/", "/sections/news", "/corrections", `/authors/${editor(db).slug}`]) expect(paths).toContain(expected);
    expect(paths.some((p) => p.startsWith("/tags/"))).toBe(true);
    expect(paths.some((p) => /^\/(admin|login|preview|api)/.test(p))).toBe(false);
  } finally {
    await reader.close();
  }
});

test("the news sitemap lists only the last 48 hours", async ({ page, db, browser }) => {
  const hour = 60 * 60 * 1000;
  const fresh = arrange(db, "fresh news", { status: "published", publishedAt: new Date(Math.floor((Date.now() - hour) / 1000) * 1000) });
  const stale = arrange(db, "stale news", { status: "published", publishedAt: new Date(Date.now() - 72 * hour) });
  const reader = await contextAs(browser, null);
  try {
    // Any save of a live story refreshes the news sitemap.
    await page.goto(`/admin/articles/${fresh.id}/edit`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\?saved=1$/);

    const xmlPage = await reader.newPage();
    const response = await reader.request.get("/news-sitemap.xml");
    const body = await response.text();
    const parsed = await parseXml(xmlPage, body);
    expect(parsed.ok).toBe(true);
    expect(body).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(body).toContain("<news:publication><news:name>The Gazette</news:name><news:language>en</news:language></news:publication>");
    const locs = Object.keys(parsed.news);
    expect(locs.some((loc) => loc.endsWith(`/articles/${fresh.slug}`))).toBe(true);
    expect(locs.some((loc) => loc.endsWith(`/articles/${stale.slug}`))).toBe(false);
    expect(locs.length).toBeLessThanOrEqual(1000);
    for (const date of Object.values(parsed.news)) expect(Date.now() - Date.parse(date)).toBeLessThanOrEqual(48 * hour);
    expect(body).toContain(`<news:title>Feeds fresh news &amp; &lt;more&gt; ${fresh.suffix}</news:title>`);
  } finally {
    await reader.close();
  }
});

test("robots.txt keeps crawlers out of staff paths and points to both sitemaps", async ({ browser }) => {
  const reader = await contextAs(browser, null);
  try {
    const response = await reader.request.get("/robots.txt");
    const text = await response.text();
    for (const path of ["/admin", "/preview", "/login", "/api"]) expect(text).toContain(`Disallow: ${path}\n`);
    expect(text).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap\.xml$/m);
    expect(text).toMatch(/^Sitemap: https?:\/\/[^\s]+\/news-sitemap\.xml$/m);
  } finally {
    await reader.close();
  }
});

test("reader pages may be cached by a CDN; staff and sign-in pages never", async ({ page, browser }) => {
  const reader = await contextAs(browser, null);
  try {
    for (const path of ["/", "/sections/news", "/corrections"]) {
      const cache = (await reader.request.get(path)).headers()["cache-control"];
      expect(cache, path).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+/);
    }
    for (const path of ["/login", "/admin"]) {
      const cache = (await reader.request.get(path, { maxRedirects: 0 })).headers()["cache-control"];
      expect(cache, path).toBe("private, no-store");
    }
    // Signed in, the admin itself.
    const response = await page.request.get("/admin");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("private, no-store");
  } finally {
    await reader.close();
  }
});
