import { eq } from "drizzle-orm";
import type { APIResponse } from "@playwright/test";
import { articles } from "../db/schema";
import { expect, storageStateFor, test } from "./fixtures";
import { arrange, LONG_AGO, readerPage, removeArranged } from "./newsroom-helpers";

// Corrections and renamed stories, as an editor: a correction on the story, in its JSON-LD and on
// /corrections, and an old slug kept as a permanent redirect.
test.use({ storageState: storageStateFor("editor") });

test.afterEach(({ db }) => removeArranged(db));

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
