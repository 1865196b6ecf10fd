import { and, eq, inArray } from "drizzle-orm";
import type { Browser } from "@playwright/test";
import { openDatabase } from "../db/client";
import { articleAuthors, articles, articleTags, comments, sections, tags, users } from "../db/schema";
import { e2eDatabasePath, expect, test, uniqueSuffix } from "./fixtures";

const LEAD = "riverside-flood-barrier-approved";
const CLOSED = "library-opening-hours-extended";

// Readers without JavaScript must get the whole story from the server-rendered HTML.
async function noJsPage(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

test.describe("an article without JavaScript", () => {
  test("renders the story, its byline, dates, hero and approved comments only", async ({ browser, db }) => {
    const { context, page } = await noJsPage(browser);
    try {
      const response = await page.goto(`/articles/${LEAD}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/flood barrier for the Riverside district/);
      await expect(page.getByText(/After three wet winters and two evacuations/).first()).toBeVisible();
      const byline = page.locator("header").getByRole("link", { name: "Tomás Ferreira" });
      await expect(byline).toHaveAttribute("href", "/authors/tomas-ferreira");
      await expect(page.locator("header").getByRole("link", { name: "Priya Raman" })).toHaveAttribute("href", "/authors/priya-raman");
      await expect(page.locator("time[datetime]").first()).toBeAttached();
      await expect(page.getByText(/voted 31 to 6/)).toBeVisible();
      await expect(page.locator("figure figcaption")).toHaveText(/artist's impression of the Hook Bend barrier/);
      await expect(page.getByRole("link", { name: "Flooding" })).toHaveAttribute("href", "/tags/flooding");

      const article = db.select({ id: articles.id }).from(articles).where(eq(articles.slug, LEAD)).get()!;
      const all = db
        .select({ id: comments.id, parentId: comments.parentId, body: comments.body, email: comments.authorEmail, status: comments.status })
        .from(comments)
        .where(eq(comments.articleId, article.id))
        .all();
      const html = await page.content();
      const approved = all.filter((c) => c.status === "approved");
      expect(approved.length).toBeGreaterThan(2);
      for (const c of approved) await expect(page.locator(`#comment-${c.id}`).getByText(c.body, { exact: true }).first()).toBeVisible();
      for (const c of all.filter((c) => c.status !== "approved")) expect(html).not.toContain(c.body.slice(0, 40));
      for (const c of all) expect(html).not.toContain(c.email);

      // A seeded reply sits inside its parent's thread.
      const reply = approved.find((c) => c.parentId !== null && approved.some((p) => p.id === c.parentId))!;
      await expect(page.locator(`#comment-${reply.parentId} #comment-${reply.id}`)).toBeVisible();
      await expect(page.getByRole("form", { name: "Leave a comment" })).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test("a closed article says so and offers no form", async ({ browser }) => {
    const { context, page } = await noJsPage(browser);
    try {
      await page.goto(`/articles/${CLOSED}`);
      await expect(page.getByText("Comments are closed on this article.")).toBeVisible();
      await expect(page.getByRole("form")).toHaveCount(0);
      await expect(page.getByRole("button", { name: /Post/ })).toHaveCount(0);
    } finally {
      await context.close();
    }
  });
});

test("the front page leads with the newest story and links to every section", async ({ page }) => {
  await page.goto("/");
  const lead = page.locator("main article").first();
  await expect(lead.getByRole("heading", { level: 2 }).getByRole("link")).toHaveAttribute("href", `/articles/${LEAD}`);
  const nav = page.getByRole("navigation", { name: "Sections" });
  for (const slug of ["news", "politics", "business", "culture", "science", "opinion"]) {
    await expect(nav.locator(`a[href="/sections/${slug}"]`)).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Skip to main content" })).toHaveAttribute("href", "#main");
});

test.describe("lists", () => {
  test("section, tag and author pages list their published stories", async ({ page }) => {
    await page.goto("/sections/news");
    await expect(page.getByRole("heading", { level: 1, name: "News" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Councillors approve £38m flood barrier for the Riverside district", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: /review fares/ })).toHaveCount(0);

    await page.goto("/tags/flooding");
    await expect(page.getByRole("heading", { level: 1, name: "Flooding" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Councillors approve £38m flood barrier for the Riverside district", exact: true })).toBeVisible();

    await page.goto("/authors/tomas-ferreira");
    await expect(page.getByRole("heading", { level: 1, name: "Tomás Ferreira" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Councillors approve £38m flood barrier for the Riverside district", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: /review fares/ })).toHaveCount(0);
  });

  test.describe("pagination", () => {
    const suffix = uniqueSuffix();
    const made = { section: 0, tag: 0, user: 0, articles: [] as number[] };

    // Twelve old stories in a fresh section, tag and writer: the first visit renders them fresh.
    test.beforeAll(() => {
      const db = openDatabase(e2eDatabasePath());
      try {
        made.section = db.insert(sections).values({ slug: `archive-${suffix}`, name: `Archive ${suffix}`, sortOrder: 99 }).returning().get().id;
        made.tag = db.insert(tags).values({ slug: `tag-${suffix}`, name: `Tag ${suffix}` }).returning().get().id;
        made.user = db
          .insert(users)
          .values({ email: `pager-${suffix}@example.test`, name: `Pager ${suffix}`, slug: `pager-${suffix}`, passwordHash: "!", role: "author", active: false })
          .returning()
          .get().id;
        for (let i = 1; i <= 12; i++) {
          const { id } = db
            .insert(articles)
            .values({
              slug: `paged-${suffix}-${i}`,
              headline: `Paged story ${i} ${suffix}`,
              status: "published",
              publishedAt: new Date(Date.UTC(2001, 0, 1) - i * 86_400_000),
              sectionId: made.section,
              createdById: made.user,
            })
            .returning()
            .get();
          made.articles.push(id);
          db.insert(articleAuthors).values({ articleId: id, userId: made.user }).run();
          db.insert(articleTags).values({ articleId: id, tagId: made.tag }).run();
        }
      } finally {
        db.$client.close();
      }
    });

    test.afterAll(() => {
      const db = openDatabase(e2eDatabasePath());
      try {
        if (made.articles.length) db.delete(articles).where(inArray(articles.id, made.articles)).run();
        db.delete(tags).where(eq(tags.id, made.tag)).run();
        db.delete(sections).where(eq(sections.id, made.section)).run();
        db.delete(users).where(and(eq(users.id, made.user), eq(users.active, false))).run();
      } finally {
        db.$client.close();
      }
    });

    for (const base of ["sections/archive", "tags/tag", "authors/pager"]) {
      test(`/${base}-… pages by path`, async ({ page }) => {
        const url = `/${base}-${suffix}`;
        await page.goto(url);
        const stories = page.getByRole("link", { name: new RegExp(`^Paged story \\d+ ${suffix}$`) });
        await expect(stories).toHaveCount(10);
        await expect(page.getByRole("link", { name: `Paged story 1 ${suffix}`, exact: true })).toBeVisible();
        const pager = page.getByRole("navigation", { name: "Pagination" });
        const older = pager.getByRole("link", { name: /Older/ });
        await expect(older).toHaveAttribute("rel", "next");
        await older.click();
        await expect(page).toHaveURL(new RegExp(`${url}/page/2$`));
        await expect(stories).toHaveCount(2);
        await expect(page.getByRole("link", { name: `Paged story 12 ${suffix}`, exact: true })).toBeVisible();
        await expect(pager.getByRole("link", { name: /Newer/ })).toHaveAttribute("rel", "prev");
        await expect(pager.getByRole("link", { name: /Newer/ })).toHaveAttribute("href", url);

        await page.goto(`${url}/page/1`);
        await expect(page).toHaveURL(new RegExp(`${url}$`));
        expect((await page.goto(`${url}/page/3`))?.status()).toBe(404);
      });
    }
  });
});

test("an empty section says there are no stories yet", async ({ page, db }) => {
  const suffix = uniqueSuffix();
  const { id } = db.insert(sections).values({ slug: `empty-${suffix}`, name: `Empty ${suffix}` }).returning().get();
  try {
    expect((await page.goto(`/sections/empty-${suffix}`))?.status()).toBe(200);
    await expect(page.getByText("No stories yet")).toBeVisible();
  } finally {
    db.delete(sections).where(eq(sections.id, id)).run();
  }
});

for (const url of [
  "/articles/draft-transit-fare-review",
  "/articles/no-such-story",
  "/sections/nope",
  "/sections/news/page/abc",
  "/sections/news/page/999",
  "/tags/nope",
  "/authors/nobody-here",
  "/no/such/route",
]) {
  test(`${url} is a 404 with the not-found page`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to the front page" })).toHaveAttribute("href", "/");
  });
}
