import { eq, sql } from "drizzle-orm";
import type { Page } from "@playwright/test";
import type { DB } from "../db/client";
import { articleAuthors, articles, sections, users } from "../db/schema";
import { slugify } from "../lib/utils";
import { contextAs, expect, loginFor, storageStateFor, test, uniqueSuffix, type StaffRole } from "./fixtures";

const SEEDED_SLUG = "riverside-flood-barrier-approved";

function articleBySlug(db: DB, slug: string) {
  return db
    .select({
      id: articles.id,
      status: articles.status,
      publishedAt: articles.publishedAt,
      createdById: articles.createdById,
    })
    .from(articles)
    .where(eq(articles.slug, slug))
    .get();
}

function articleCount(db: DB): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(articles)
    .get()!.n;
}

function staffId(db: DB, role: StaffRole): number {
  return db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, loginFor(role).email))
    .get()!.id;
}

function removeArticle(db: DB, slug: string) {
  db.delete(articles).where(eq(articles.slug, slug)).run();
}

/** Fills the editor with a valid draft in News; the caller then changes what it tests. */
async function fillDraft(page: Page, headline: string) {
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Dek").fill("A short summary.");
  await page.getByLabel("Body", { exact: true }).fill("The ferry is **back**.");
  await page.getByLabel("Section").selectOption({ label: "News" });
}

test.describe("as an editor", () => {
  test.use({ storageState: storageStateFor("editor") });

  test("draft, publish, edit live and unpublish, as readers see it", async ({ page, db, browser }) => {
    // Seven round trips through the editor and the public site.
    test.slow();
    const headline = `Harbour ferry service returns ${uniqueSuffix()}`;
    const slug = slugify(headline);
    const reader = await contextAs(browser, null);
    try {
      const readerPage = await reader.newPage();
      await page.goto("/admin/articles/new");
      await fillDraft(page, headline);
      await expect(page.getByLabel("Slug")).toHaveValue(slug);
      await page.getByRole("button", { name: "Save draft" }).click();
      await expect(page).toHaveURL(/\/admin\/articles\/\d+\/edit\?saved=1$/);
      await expect(page.getByText("Saved.")).toBeVisible();
      expect(articleBySlug(db, slug)).toMatchObject({ status: "draft", publishedAt: null });
      expect((await readerPage.goto(`/articles/${slug}`))?.status()).toBe(404);

      const workflow = page.getByRole("region", { name: /Workflow/ });
      await workflow.getByRole("button", { name: "Publish now" }).click();
      await expect(workflow.getByRole("status")).toHaveText("Published.");
      await expect(page.getByRole("link", { name: "View on site" })).toHaveAttribute(
        "href",
        `/articles/${slug}`,
      );
      expect(articleBySlug(db, slug)?.publishedAt).not.toBeNull();

      await readerPage.goto("/");
      await expect(readerPage.getByRole("main").getByRole("link", { name: headline }).first()).toBeVisible();
      expect((await readerPage.goto(`/articles/${slug}`))?.status()).toBe(200);
      await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText(headline);
      await expect(readerPage.getByText("A short summary.")).toBeVisible();

      await page.getByLabel("Dek").fill("An updated summary of the ferry.");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page).toHaveURL(/\?saved=1$/);
      await readerPage.goto(`/articles/${slug}`);
      await expect(readerPage.getByText("An updated summary of the ferry.")).toBeVisible();

      await workflow.getByRole("button", { name: "Unpublish" }).click();
      await expect(workflow.getByRole("status")).toHaveText("Unpublished.");
      expect(articleBySlug(db, slug)?.status).toBe("unpublished");
      expect((await readerPage.goto(`/articles/${slug}`))?.status()).toBe(404);
      await readerPage.goto("/");
      await expect(readerPage.getByRole("link", { name: headline })).toHaveCount(0);
    } finally {
      await reader.close();
      removeArticle(db, slug);
    }
  });

  test("the live preview renders Markdown and strips scripts", async ({ page }) => {
    await page.goto("/admin/articles/new");
    await page
      .getByLabel("Body", { exact: true })
      .fill("## Sub\n\nPlain text.\n\n<script>window.pwned = 1</script>");
    // The preview sits beside the textarea and follows the typing; no tab to switch.
    const preview = page.getByRole("region", { name: "Body preview" });
    await expect(preview.getByRole("heading", { level: 2, name: "Sub" })).toBeVisible();
    await expect(preview.getByText("Plain text.")).toBeVisible();
    await expect(preview.locator("script")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await expect(page.getByLabel("Body", { exact: true })).toHaveValue(/## Sub/);
  });

  // Each refused save names the field at fault, keeps what was typed and stores nothing.
  const BAD_INPUT: Array<{
    name: string;
    field: string;
    error: string;
    apply: (page: Page) => Promise<void>;
  }> = [
    {
      name: "empty headline",
      field: "Headline",
      error: "Enter a headline.",
      apply: async (page) => {
        await page.getByLabel("Headline").fill("");
        await page.getByLabel("Slug").fill("no-headline-here");
      },
    },
    {
      name: "malformed slug",
      field: "Slug",
      error: "Use lowercase letters, numbers and single hyphens.",
      apply: (page) => page.getByLabel("Slug").fill("Not A Slug!"),
    },
    {
      name: "slug of another article",
      field: "Slug",
      error: "That slug is already used by another article.",
      apply: (page) => page.getByLabel("Slug").fill(SEEDED_SLUG),
    },
    {
      name: "hero image without alt text",
      field: "Hero image alt text",
      error: "Describe the image for readers who cannot see it.",
      apply: (page) => page.getByLabel("Hero image URL").fill("/images/ferry.jpg"),
    },
  ];

  for (const { name, field, error, apply } of BAD_INPUT) {
    test(`refuses ${name}`, async ({ page, db }) => {
      const headline = `Refused ${name} ${uniqueSuffix()}`;
      const before = articleCount(db);
      await page.goto("/admin/articles/new");
      await fillDraft(page, headline);
      await apply(page);
      await page.getByRole("button", { name: "Save draft" }).click();
      await expect(page.getByLabel(field, { exact: true })).toHaveAccessibleDescription(
        new RegExp(error.replace(".", "\\.")),
      );
      await expect(page.getByLabel(field, { exact: true })).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByText("Please correct the highlighted fields.")).toBeVisible();
      await expect(page).toHaveURL(/\/admin\/articles\/new$/);
      await expect(page.getByLabel("Dek")).toHaveValue("A short summary.");
      expect(articleCount(db)).toBe(before);
    });
  }

  test("the desk filters by status and section from the URL and ignores junk", async ({ page, db }) => {
    const news = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, "news")).get()!;
    const seeded = db
      .select({ headline: articles.headline })
      .from(articles)
      .where(eq(articles.slug, SEEDED_SLUG))
      .get()!;
    const draft = db
      .select({ headline: articles.headline })
      .from(articles)
      .where(eq(articles.slug, "draft-transit-fare-review"))
      .get()!;
    const table = page.getByRole("table", { name: "Articles" });

    await page.goto(`/admin/articles?status=published&section=${news.id}`);
    await expect(table.getByRole("link", { name: seeded.headline })).toBeVisible();
    await expect(table.getByRole("link", { name: draft.headline })).toHaveCount(0);
    await page.getByLabel("Status").selectOption("draft");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(new RegExp(`status=draft&section=${news.id}`));
    await expect(table.getByRole("link", { name: draft.headline })).toBeVisible();
    await expect(table.getByRole("link", { name: seeded.headline })).toHaveCount(0);

    await page.goto("/admin/articles?status=bogus&section=abc&page=-4");
    await expect(page.getByLabel("Status")).toHaveValue("all");
    await expect(table.getByRole("link", { name: seeded.headline })).toBeVisible();
  });
});

test.describe("as an author", () => {
  test.use({ storageState: storageStateFor("author") });

  test("saves drafts but cannot publish, even with a crafted request", async ({ page, db }) => {
    const headline = `Night bus timetable ${uniqueSuffix()}`;
    const slug = slugify(headline);
    try {
      await page.goto("/admin/articles/new");
      await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
      await fillDraft(page, headline);
      await page.getByRole("button", { name: "Save draft" }).click();
      await expect(page).toHaveURL(/\/admin\/articles\/\d+\/edit\?saved=1$/);
      const saved = articleBySlug(db, slug)!;
      expect(saved).toMatchObject({ status: "draft", createdById: staffId(db, "author") });
      const byline = db
        .select({ userId: articleAuthors.userId })
        .from(articleAuthors)
        .where(eq(articleAuthors.articleId, saved.id))
        .all();
      expect(byline).toEqual([{ userId: staffId(db, "author") }]);
      await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);

      // What a hand-edited form would send: the workflow action with transition=publish.
      const submit = page.getByRole("button", { name: "Submit for review" });
      await submit.evaluate((button) => ((button as HTMLButtonElement).value = "publish"));
      await submit.click();
      await expect(page.getByText("You do not have permission to do that.")).toBeVisible();
      expect(articleBySlug(db, slug)).toMatchObject({ status: "draft", publishedAt: null });
    } finally {
      removeArticle(db, slug);
    }
  });

  test("sees only their own articles, cannot open others' and cannot edit published ones", async ({ page, db }) => {
    const headline = `Editor's private draft ${uniqueSuffix()}`;
    const slug = slugify(headline);
    const editorId = staffId(db, "editor");
    const news = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, "news")).get()!;
    const { id } = db
      .insert(articles)
      .values({ slug, headline, sectionId: news.id, createdById: editorId })
      .returning({ id: articles.id })
      .get();
    db.insert(articleAuthors).values({ articleId: id, userId: editorId }).run();
    try {
      const own = db
        .select({ headline: articles.headline })
        .from(articles)
        .where(eq(articles.slug, "draft-transit-fare-review"))
        .get()!;
      await page.goto("/admin/articles?status=draft");
      const table = page.getByRole("table", { name: "Articles" });
      await expect(table.getByRole("link", { name: own.headline })).toBeVisible();
      await expect(table.getByRole("link", { name: headline })).toHaveCount(0);

      const response = await page.goto(`/admin/articles/${id}/edit`);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();

      // Their own published story opens to follow it, but its text is the editors' now.
      const published = articleBySlug(db, SEEDED_SLUG)!;
      expect((await page.goto(`/admin/articles/${published.id}/edit`))?.status()).toBe(200);
      await expect(page.getByText("Only editors can change a story at this stage.")).toBeVisible();
      await expect(page.getByLabel("Headline")).toHaveCount(0);
      expect((await page.goto("/admin/articles/999999/edit"))?.status()).toBe(404);
      expect((await page.goto("/admin/articles/abc/edit"))?.status()).toBe(404);
    } finally {
      removeArticle(db, slug);
    }
  });
});
