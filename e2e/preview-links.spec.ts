import { eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import { articles } from "../db/schema";
import { expect, storageStateFor, test } from "./fixtures";
import { arrange, readerPage, removeArranged } from "./newsroom-helpers";

// Preview links for drafts, as an editor.
test.use({ storageState: storageStateFor("editor") });

test.afterEach(({ db }) => removeArranged(db));

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
