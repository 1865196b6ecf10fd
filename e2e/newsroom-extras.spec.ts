import { eq, inArray } from "drizzle-orm";
import type { APIResponse, Browser, Page } from "@playwright/test";
import type { DB } from "../db/client";
import { articleAuthors, articles, sections, users, type ArticleStatus } from "../db/schema";
import { contextAs, expect, loginFor, storageStateFor, test, uniqueSuffix } from "./fixtures";

// Corrections, old-slug redirects, preview links and the curated front page, as an editor.
test.use({ storageState: storageStateFor("editor") });

const LONG_AGO = new Date(Date.UTC(2001, 0, 1));

/** Stories this file arranged, deleted after each test (corrections, redirects, slots cascade). */
const made: number[] = [];

test.afterEach(({ db }) => {
  if (made.length)
    db.delete(articles)
      .where(inArray(articles.id, made.splice(0)))
      .run();
});

/**
 * A story in News bylined to the editor. Published ones are dated 2001 so they never become the
 * newest story (the default lead) of a front page other specs look at.
 */
function arrange(db: DB, name: string, status: ArticleStatus = "published") {
  const editor = db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, loginFor("editor").email))
    .get()!;
  const news = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, "news")).get()!;
  const suffix = uniqueSuffix();
  const slug = `extras-${name}-${suffix}`;
  const headline = `Extras ${name} story ${suffix}`;
  const { id } = db
    .insert(articles)
    .values({
      slug,
      headline,
      dek: "A short summary for the extras spec.",
      body: "The council voted **31 to 6** on Tuesday.",
      status,
      publishedAt: status === "published" ? LONG_AGO : null,
      sectionId: news.id,
      createdById: editor.id,
    })
    .returning({ id: articles.id })
    .get();
  db.insert(articleAuthors).values({ articleId: id, userId: editor.id }).run();
  made.push(id);
  return { id, slug, headline, suffix };
}

async function readerPage(browser: Browser) {
  const context = await contextAs(browser, null);
  return { context, page: await context.newPage() };
}

test.describe("corrections", () => {
  test("a correction shows on the story, in its JSON-LD and on /corrections, and alone moves “Updated”", async ({
    page,
    db,
    browser,
  }) => {
    test.slow();
    const story = arrange(db, "corrected");
    const reader = await readerPage(browser);
    try {
      const header = reader.page.locator("article header");
      await reader.page.goto(`/articles/${story.slug}`);
      await expect(header).toContainText("Published");
      await expect(header).not.toContainText("Updated");

      // A plain save (a typo fix) refreshes the page but is not an update to readers.
      await page.goto(`/admin/articles/${story.id}/edit`);
      await page.getByLabel("Dek").fill("A short summary for the extras spec, typo fixed.");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page).toHaveURL(/\?saved=1$/);
      await reader.page.goto(`/articles/${story.slug}`);
      await expect(reader.page.getByText("typo fixed")).toBeVisible();
      await expect(header).not.toContainText("Updated");

      const text = `The vote was 31 to 6, not 13 to 6. <script>alert("x")</script> ${story.suffix}`;
      const panel = page.getByRole("region", { name: "Corrections and updates" });
      await panel.getByLabel("Type").selectOption("correction");
      await panel.getByLabel("Text").fill(text);
      await panel.getByRole("button", { name: "Publish correction" }).click();
      await expect(panel.getByRole("status")).toContainText("Correction published.");
      await expect(panel.getByLabel("Text")).toHaveValue("");
      const stamped = db
        .select({ at: articles.substantiveUpdatedAt })
        .from(articles)
        .where(eq(articles.id, story.id))
        .get()!.at!;

      // On the story: a typed, dated notice with the text as text, and the new "Updated" time.
      const response = await reader.page.goto(`/articles/${story.slug}`);
      const notice = reader.page.getByRole("complementary", { name: "Corrections and updates" });
      await expect(notice.getByText("Correction", { exact: true })).toBeVisible();
      await expect(notice.getByText(text)).toBeVisible();
      await expect(notice.locator("time")).toHaveAttribute("datetime", stamped.toISOString());
      await expect(header).toContainText("Updated");
      await expect(header.locator("time").nth(1)).toHaveAttribute("datetime", stamped.toISOString());
      await expect(reader.page.locator('meta[property="article:modified_time"]')).toHaveAttribute(
        "content",
        stamped.toISOString(),
      );
      const html = (await response?.text()) ?? "";
      expect(html).not.toContain('<script>alert("x")');

      // In the structured data, escaped so it cannot end its own <script>.
      // The article's own block; a BreadcrumbList block sits beside it.
      const blocks = await reader.page.locator('script[type="application/ld+json"]').allTextContents();
      const raw = blocks.find((b) => b.includes('"@type":"NewsArticle"'));
      expect(raw).not.toContain("</script>");
      const ld = JSON.parse(raw!);
      expect(ld).toMatchObject({
        "@type": "NewsArticle",
        headline: story.headline,
        datePublished: LONG_AGO.toISOString(),
        dateModified: stamped.toISOString(),
        correction: [{ "@type": "CorrectionComment", text, datePublished: stamped.toISOString() }],
      });
      expect(ld.author[0].url).toMatch(/\/authors\/[a-z0-9-]+$/);

      // On /corrections, newest first, linking to the story.
      await reader.page.goto("/corrections");
      await expect(reader.page.getByRole("heading", { level: 1, name: "Corrections" })).toBeVisible();
      const first = reader.page.getByRole("main").getByRole("article").first();
      await expect(first.getByRole("link", { name: story.headline })).toHaveAttribute(
        "href",
        `/articles/${story.slug}`,
      );
      await expect(first.getByText(text)).toBeVisible();
    } finally {
      await reader.context.close();
    }
  });

  const refusals = [
    { name: "empty text", text: "   ", error: "Write what was wrong and what is right." },
    { name: "text over 1,000 characters", text: "x".repeat(1001), error: "Keep it under 1000 characters." },
  ];
  for (const { name, text, error } of refusals) {
    test(`refuses ${name}`, async ({ page, db }) => {
      const story = arrange(db, "refused");
      await page.goto(`/admin/articles/${story.id}/edit`);
      const panel = page.getByRole("region", { name: "Corrections and updates" });
      // The textarea caps typing at the limit; a crafted request is what sends more.
      await panel.getByLabel("Text").evaluate((el, value) => {
        el.removeAttribute("maxlength");
        (el as HTMLTextAreaElement).value = value;
      }, text);
      await panel.getByRole("button", { name: "Publish correction" }).click();
      await expect(panel.getByText(error)).toBeVisible();
      expect(
        db.select({ at: articles.substantiveUpdatedAt }).from(articles).where(eq(articles.id, story.id)).get()
          ?.at,
      ).toBeNull();
    });
  }
});

/**
 * Where a redirect points. Next 16.4 repeats the (identical) Location header on the first,
 * uncached render of a redirecting page; browsers accept that, so all we ask is one target.
 */
function redirectTarget(response: APIResponse): string {
  const targets = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "location")
    .map((h) => new URL(h.value, "http://x").pathname);
  expect(new Set(targets).size).toBe(1);
  return targets[0]!;
}

test("renaming a published story keeps its old address as a permanent redirect", async ({
  page,
  db,
  request,
}) => {
  test.slow();
  const story = arrange(db, "renamed");
  const newSlug = `${story.slug}-v2`;
  const oldPath = `/articles/${story.slug}`;
  const newPath = `/articles/${newSlug}`;

  async function rename(to: string) {
    await page.goto(`/admin/articles/${story.id}/edit`);
    await page.getByLabel("Slug").fill(to);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\?saved=1$/);
  }

  // Both addresses are rendered (and cached) before the rename: 200 and 404.
  expect((await request.get(oldPath)).status()).toBe(200);
  expect((await request.get(newPath)).status()).toBe(404);

  await rename(newSlug);
  const moved = await request.get(oldPath, { maxRedirects: 0 });
  expect([301, 308]).toContain(moved.status());
  expect(redirectTarget(moved)).toBe(newPath);
  expect((await request.get(newPath)).status()).toBe(200);
  await page.goto(oldPath);
  await expect(page).toHaveURL(new RegExp(`${newPath}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.headline);

  // Taking the old name back: it is the story's address again, and the other one redirects.
  await rename(story.slug);
  expect((await request.get(oldPath, { maxRedirects: 0 })).status()).toBe(200);
  const back = await request.get(newPath, { maxRedirects: 0 });
  expect([301, 308]).toContain(back.status());
  expect(redirectTarget(back)).toBe(oldPath);

  // Another story may not take a name that still redirects.
  const other = arrange(db, "squatter");
  await page.goto(`/admin/articles/${other.id}/edit`);
  await page.getByLabel("Slug").fill(newSlug);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("That slug is already used by another article.")).toBeVisible();
});

test.describe("preview links", () => {
  /** Creates a link and returns its path, once the panel shows a link other than `previous`. */
  async function createLink(page: Page, previous?: string): Promise<string> {
    const panel = page.getByRole("region", { name: "Preview link" });
    await panel.getByRole("button", { name: /Create (preview link|a new link)/ }).click();
    const address = panel.getByLabel("Preview address");
    await expect(address).toHaveValue(/\/preview\/[A-Za-z0-9_-]{43}$/);
    if (previous) await expect(address).not.toHaveValue(new RegExp(`${previous}$`));
    await expect(panel.getByRole("status").first()).toContainText("Preview link created.");
    return new URL(await address.inputValue()).pathname;
  }

  test("show the draft to a signed-out visitor until revoked, replaced or published", async ({
    page,
    db,
    browser,
  }) => {
    test.slow();
    const story = arrange(db, "preview", "draft");
    const reader = await readerPage(browser);
    try {
      await page.goto(`/admin/articles/${story.id}/edit`);
      const first = await createLink(page);

      const response = await reader.page.goto(first);
      expect(response?.status()).toBe(200);
      expect(response?.headers()["cache-control"]).toContain("no-store");
      await expect(reader.page.getByRole("region", { name: "Preview" })).toContainText(
        "Preview — not published",
      );
      await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText(story.headline);
      await expect(reader.page.getByText("31 to 6")).toBeVisible();
      await expect(reader.page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
      // The draft itself is still a 404 at its address.
      expect((await reader.page.goto(`/articles/${story.slug}`))?.status()).toBe(404);

      const panel = page.getByRole("region", { name: "Preview link" });
      await panel.getByRole("button", { name: "Revoke link" }).click();
      await expect(panel.getByText("Preview link revoked")).toBeVisible();
      expect((await reader.page.goto(first))?.status()).toBe(404);

      // A new link works; creating one replaces the last.
      const second = await createLink(page, first);
      expect(second).not.toBe(first);
      expect((await reader.page.goto(second))?.status()).toBe(200);
      const third = await createLink(page, second);
      expect((await reader.page.goto(second))?.status()).toBe(404);
      expect((await reader.page.goto(third))?.status()).toBe(200);

      // Publishing ends the link: the workflow clears it.
      const workflow = page.getByRole("region", { name: /Workflow/ });
      await workflow.getByRole("button", { name: "Publish now" }).click();
      await expect(workflow.getByRole("status")).toHaveText("Published.");
      expect(
        db.select({ h: articles.previewTokenHash }).from(articles).where(eq(articles.id, story.id)).get()?.h,
      ).toBeNull();
      expect((await reader.page.goto(third))?.status()).toBe(404);
      expect((await reader.page.goto(`/articles/${story.slug}`))?.status()).toBe(200);
    } finally {
      await reader.context.close();
    }
  });

  test("a malformed or unknown token is a 404", async ({ request }) => {
    for (const token of ["nope", "A".repeat(43)]) {
      expect((await request.get(`/preview/${token}`)).status()).toBe(404);
    }
  });
});

test.describe("the front page desk", () => {
  test("a chosen lead and a pin lead the front page until cleared", async ({ page, db, browser }) => {
    test.slow();
    const lead = arrange(db, "lead");
    const pin = arrange(db, "pin");
    const reader = await readerPage(browser);
    try {
      await page.goto("/admin");
      await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Front page" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Front page" })).toBeVisible();

      await page.getByLabel("New lead story").selectOption(String(lead.id));
      await page.getByRole("button", { name: "Set as lead" }).click();
      await expect(page.getByText(`“${lead.headline}” now leads the front page.`)).toBeVisible();
      await page.getByLabel("Story to pin").selectOption(String(pin.id));
      await page.getByRole("button", { name: "Pin story" }).click();
      await expect(page.getByText(`Pinned “${pin.headline}”.`)).toBeVisible();

      await reader.page.goto("/");
      const leadStory = reader.page.locator("main article").first();
      await expect(leadStory.getByRole("heading", { level: 2 }).getByRole("link")).toHaveAttribute(
        "href",
        `/articles/${lead.slug}`,
      );
      const top = reader.page.getByRole("region", { name: "Top stories" });
      await expect(top.getByRole("link", { name: pin.headline })).toHaveAttribute(
        "href",
        `/articles/${pin.slug}`,
      );

      await page.getByRole("button", { name: `Unpin: ${pin.headline}` }).click();
      await expect(page.getByRole("list", { name: "Pinned stories" })).toHaveCount(0);
      await page.getByRole("button", { name: "Clear lead" }).click();
      await expect(page.getByText("No lead chosen: the newest story leads.")).toBeVisible();

      await reader.page.goto("/");
      await expect(
        reader.page.locator("main article").first().getByRole("link", { name: lead.headline }),
      ).toHaveCount(0);
      await expect(reader.page.getByRole("region", { name: "Top stories" })).toHaveCount(0);
    } finally {
      await reader.context.close();
    }
  });

  test("the breaking-news banner shows on every reader page while on", async ({ page, browser }) => {
    test.slow();
    const headline = `Storm warning ${uniqueSuffix()}`;
    const reader = await readerPage(browser);
    const form = page.getByRole("region", { name: "Breaking-news banner" });
    let on = false;
    try {
      await page.goto("/admin/front-page");
      // Refusals first: nothing is switched on by them.
      for (const [title, link, error] of [
        ["", "/corrections", "Enter the banner's headline."],
        [headline, "javascript:alert(1)", "Enter an http(s) address or a path starting with /."],
      ] as const) {
        await form.getByLabel("Show the breaking-news banner").check();
        await form.getByLabel("Banner headline").fill(title);
        await form.getByLabel("Banner link").fill(link);
        await form.getByRole("button", { name: "Save banner" }).click();
        await expect(form.getByText(error)).toBeVisible();
      }

      await form.getByLabel("Banner link").fill("/corrections");
      await form.getByRole("button", { name: "Save banner" }).click();
      await expect(form.getByRole("status")).toHaveText("The breaking-news banner is on, on every page.");
      on = true;
      for (const path of ["/", "/sections/news", "/articles/riverside-flood-barrier-approved"]) {
        await reader.page.goto(path);
        const banner = reader.page.getByRole("region", { name: "Breaking news" });
        await expect(banner.getByRole("link", { name: headline })).toHaveAttribute("href", "/corrections");
      }

      await form.getByLabel("Show the breaking-news banner").uncheck();
      await form.getByRole("button", { name: "Save banner" }).click();
      await expect(form.getByRole("status")).toHaveText("The breaking-news banner is off.");
      on = false;
      for (const path of ["/", "/articles/riverside-flood-barrier-approved"]) {
        await reader.page.goto(path);
        await expect(reader.page.getByRole("region", { name: "Breaking news" })).toHaveCount(0);
      }
    } finally {
      // Never leave the banner on for the specs that follow.
      if (on) {
        await page.goto("/admin/front-page");
        await form.getByLabel("Show the breaking-news banner").uncheck();
        await form.getByRole("button", { name: "Save banner" }).click();
        await expect(form.getByRole("status")).toHaveText("The breaking-news banner is off.");
      }
      await reader.context.close();
    }
  });

  test("is for editors only", async ({ browser }) => {
    const author = await contextAs(browser, "author");
    try {
      const page = await author.newPage();
      expect((await page.goto("/admin/front-page"))?.status()).toBe(403);
      await expect(
        page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Front page" }),
      ).toHaveCount(0);
    } finally {
      await author.close();
    }
  });
});
