import { eq, inArray } from "drizzle-orm";
import type { DB } from "../db/client";
import { articleAuthors, articles, comments, sections, users } from "../db/schema";
import { contextAs, expect, loginFor, test, uniqueSuffix } from "./fixtures";

// Search pages render per request, so rows put straight into the database show up at once.
test.describe.configure({ timeout: 60_000 });

const created: number[] = [];
test.afterAll(({ db }) => {
  // Comments go with their articles (cascade); the index follows by trigger.
  if (created.length) db.delete(articles).where(inArray(articles.id, created.splice(0))).run();
});

const idOf = (db: DB, table: "sections" | "users", key: string) =>
  table === "sections"
    ? db.select({ id: sections.id }).from(sections).where(eq(sections.slug, key)).get()!.id
    : db.select({ id: users.id }).from(users).where(eq(users.email, key)).get()!.id;

function insertStory(db: DB, values: { word: string; n: number; section: string; status?: "published" | "draft"; by?: string }) {
  const by = idOf(db, "users", values.by ?? loginFor("editor").email);
  const { id } = db
    .insert(articles)
    .values({
      slug: `search-${values.word}-${values.n}`,
      headline: `Story ${values.n} about the ${values.word}`,
      dek: "A story for the search tests",
      body: `The ${values.word} was seen <b>near</b> the harbour on day ${values.n}.`,
      status: values.status ?? "published",
      publishedAt: values.status === "draft" ? null : new Date(Date.now() - (values.n + 1) * 3_600_000),
      sectionId: idOf(db, "sections", values.section),
      createdById: by,
    })
    .returning({ id: articles.id })
    .get();
  db.insert(articleAuthors).values({ articleId: id, userId: by }).run();
  created.push(id);
  return id;
}

test("a reader searches from the header, pages through, filters and sees highlights", async ({ browser, db }) => {
  const word = `quokka${uniqueSuffix()}`;
  for (let n = 1; n <= 11; n++) insertStory(db, { word, n, section: "news" });
  insertStory(db, { word, n: 12, section: "culture" });
  const context = await contextAs(browser, null);
  const page = await context.newPage();
  try {
    await page.goto("/");
    const box = page.getByRole("search", { name: "Site search" }).getByLabel("Search stories");
    await box.fill(word);
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
    await expect(page.getByRole("heading", { level: 2, name: `12 results for “${word}”` })).toBeVisible();
    const results = page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("article") });
    await expect(results).toHaveCount(10);
    await expect(page.getByRole("main").locator("mark", { hasText: word }).first()).toBeVisible();
    // The body's <b> is shown as text, never as markup.
    await expect(page.getByRole("main").getByText("<b>near</b>").first()).toBeVisible();

    await page.getByRole("link", { name: "More results →" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(results).toHaveCount(2);

    const form = page.getByRole("search", { name: "Search with filters" });
    await form.getByLabel("Section").selectOption({ label: "Culture" });
    await form.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/section=culture/);
    await expect(page.getByRole("heading", { level: 2, name: `1 result for “${word}”` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Story 12 about the ${word}` })).toBeVisible();
  } finally {
    await context.close();
  }
});

test("a search that finds nothing says so, offers a correction and survives hostile input", async ({ browser }) => {
  const context = await contextAs(browser, null);
  const page = await context.newPage();
  try {
    await page.goto("/search?q=otterz");
    await expect(page.getByRole("heading", { name: "No stories match “otterz”" })).toBeVisible();
    await page.getByRole("link", { name: "otters", exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: /results? for “otters”/ })).toBeVisible();

    // FTS syntax is searched as plain words; symbols alone match nothing; junk filters are ignored.
    const hostile: Array<[string, RegExp]> = [
      ['"NEAR(otters* OR', /results? for “"NEAR\(otters\* OR”/],
      ['*"^:()', /No stories match/],
      ["a".repeat(500), /No stories match/],
    ];
    for (const [q, heading] of hostile) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}&from=junk&page=abc`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
  } finally {
    await context.close();
  }
});

test("staff search finds drafts for editors, not others' drafts for authors, and comments for moderators", async ({ browser, db }) => {
  const word = `wombat${uniqueSuffix()}`;
  const draftId = insertStory(db, { word, n: 1, section: "news", status: "draft" });
  db.insert(comments).values({ articleId: draftId, authorName: `Reader ${word}`, authorEmail: "r@example.test", body: `A ${word} comment` }).run();

  const editor = await contextAs(browser, "editor");
  const author = await contextAs(browser, "author");
  const moderator = await contextAs(browser, "moderator");
  try {
    const e = await editor.newPage();
    await e.goto(`/admin/search?q=${word}`);
    await expect(e.getByRole("link", { name: `Story 1 about the ${word}` })).toHaveAttribute("href", `/admin/articles/${draftId}/edit`);
    await expect(e.locator("mark", { hasText: word }).first()).toBeVisible();

    const a = await author.newPage();
    await a.goto(`/admin/search?q=${word}`);
    await expect(a.getByRole("main").getByRole("status")).toHaveText(`Nothing matches “${word}”.`);
    expect((await a.goto(`/admin/search?scope=comments&q=${word}`))?.status()).toBe(403);

    const m = await moderator.newPage();
    await m.goto(`/admin/search?q=${word}`);
    await expect(m.getByRole("article", { name: `Comment by Reader ${word}` })).toBeVisible();
    expect((await m.goto(`/admin/search?scope=articles&q=${word}`))?.status()).toBe(403);
  } finally {
    await Promise.all([editor.close(), author.close(), moderator.close()]);
  }
});
