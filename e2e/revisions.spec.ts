import { desc, eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import type { DB } from "../db/client";
import { articleAuthors, articleRevisions, articles, sections, users } from "../db/schema";
import { contextAs, expect, loginFor, storageStateFor, test, uniqueSuffix } from "./fixtures";

// The writing journeys: revisions and restore, a save conflict between two people, the
// browser backup, autosave and the editor's formatting help. Every article here is a fresh
// draft with a unique headline, made through the editor or straight in the database.

function stored(db: DB, id: number) {
  return db
    .select({ headline: articles.headline, dek: articles.dek, body: articles.body, version: articles.version, status: articles.status })
    .from(articles)
    .where(eq(articles.id, id))
    .get()!;
}

function revisionNotes(db: DB, id: number): string[] {
  return db
    .select({ note: articleRevisions.note })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, id))
    .orderBy(desc(articleRevisions.id))
    .all()
    .map((r) => r.note);
}

/** A draft in News by the demo editor, put in the database: the quickest start for a journey. */
function insertDraft(db: DB, fields: { headline: string; dek?: string; body: string }): number {
  const editor = db.select({ id: users.id }).from(users).where(eq(users.email, loginFor("editor").email)).get()!;
  const news = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, "news")).get()!;
  const slug = fields.headline.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const { id } = db
    .insert(articles)
    .values({ slug, headline: fields.headline, dek: fields.dek ?? "", body: fields.body, sectionId: news.id, createdById: editor.id })
    .returning({ id: articles.id })
    .get();
  db.insert(articleAuthors).values({ articleId: id, userId: editor.id }).run();
  return id;
}

const body = (page: Page) => page.getByLabel("Body", { exact: true });

/**
 * Saves and waits for the editor to be re-rendered with the stored article: the URL alone does not
 * change between two saves, the version the form carries does.
 */
async function saveDraft(page: Page, version: number) {
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\/edit\?saved=1$/);
  await expect(page.locator('input[name="version"]')).toHaveValue(String(version));
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
}

test.describe("as an editor", () => {
  test.use({ storageState: storageStateFor("editor") });

  test("every save is a revision; two can be compared and an old one restored", async ({ page, db }) => {
    const headline = `Harbour ferry timetable ${uniqueSuffix()}`;
    await page.goto("/admin/articles/new");
    await page.getByLabel("Headline").fill(headline);
    await page.getByLabel("Section").selectOption({ label: "News" });
    await body(page).fill("The harbour ferry runs daily from the old pier.");
    await saveDraft(page, 1);
    const id = Number(/articles\/(\d+)\//.exec(page.url())![1]);
    try {
      await body(page).fill("The harbour ferry runs hourly from the old pier.");
      await saveDraft(page, 2);
      await body(page).fill("The harbour ferry runs hourly from the new pier.");
      await page.getByLabel("Dek", { exact: true }).fill("Crossings every hour.");
      await saveDraft(page, 3);
      expect(revisionNotes(db, id)).toEqual(["", "", "Created"]);

      await page.getByRole("link", { name: "Revisions" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Revisions" })).toBeVisible();
      const history = page.getByRole("table");
      await expect(history.getByRole("row")).toHaveCount(4);

      // Any two: the first against the third.
      await page.getByLabel("From revision", { exact: true }).selectOption("1");
      await page.getByLabel("To revision", { exact: true }).selectOption("3");
      await page.getByRole("button", { name: "Compare" }).click();
      await expect(page).toHaveURL(/from=1&to=3/);
      const changes = page.getByRole("region", { name: "Differences between revision 1 and revision 3" });
      await expect(changes.getByRole("heading", { name: "Body" })).toBeVisible();
      await expect(changes.getByRole("deletion").filter({ hasText: "daily" })).toBeVisible();
      await expect(changes.getByRole("insertion").filter({ hasText: "hourly" })).toBeVisible();
      await expect(changes.getByRole("deletion").filter({ hasText: "old" })).toBeVisible();
      await expect(changes.getByRole("insertion").filter({ hasText: "new" })).toBeVisible();
      await expect(changes.getByRole("heading", { name: "Dek" })).toBeVisible();
      await expect(changes.getByText(/Unchanged: Headline, Slug/)).toBeVisible();

      await page.getByRole("button", { name: "Restore revision 1" }).click();
      await expect(page.getByText("Restored revision 1.", { exact: false })).toBeVisible();
      await expect(history.getByRole("row")).toHaveCount(5);
      await expect(history.getByRole("row").nth(1)).toContainText("Restored revision 1");
      expect(stored(db, id)).toMatchObject({ body: "The harbour ferry runs daily from the old pier.", dek: "", version: 4 });

      await page.getByRole("link", { name: "Back to the editor" }).click();
      await expect(body(page)).toHaveValue("The harbour ferry runs daily from the old pier.");
      await expect(page.getByLabel("Dek", { exact: true })).toHaveValue("");
    } finally {
      db.delete(articles).where(eq(articles.id, id)).run();
    }
  });

  test("text typed and not saved is offered back after a reload", async ({ page, db }) => {
    const id = insertDraft(db, { headline: `Night market returns ${uniqueSuffix()}`, body: "Stalls open at six." });
    try {
      await page.goto(`/admin/articles/${id}/edit`);
      await body(page).fill("Stalls open at six. Unsaved words typed before the crash.");
      // The backup is written once typing pauses.
      await expect
        .poll(() => page.evaluate((key) => window.localStorage.getItem(key), `gazette:article-backup:${id}`))
        .toContain("Unsaved words typed before the crash.");
      await page.reload();

      const offer = page.getByRole("region", { name: /Restore unsaved text from \d{1,2}:\d{2}/ });
      await expect(offer).toBeVisible();
      await expect(body(page)).toHaveValue("Stalls open at six.");
      await offer.getByRole("button", { name: "Restore unsaved text" }).click();
      await expect(body(page)).toHaveValue("Stalls open at six. Unsaved words typed before the crash.");
      await expect(offer).toHaveCount(0);

      // Once saved, the backup has done its job: no offer on the next visit.
      await saveDraft(page, 2);
      expect(stored(db, id).body).toBe("Stalls open at six. Unsaved words typed before the crash.");
      await page.reload();
      await expect(body(page)).toHaveValue("Stalls open at six. Unsaved words typed before the crash.");
      await expect(page.getByRole("region", { name: /Restore unsaved text/ })).toHaveCount(0);
    } finally {
      db.delete(articles).where(eq(articles.id, id)).run();
    }
  });

  test("autosaves a draft after a pause and says when", async ({ page, db }) => {
    test.slow();
    const id = insertDraft(db, { headline: `Library hours ${uniqueSuffix()}`, body: "Open late on Thursdays." });
    try {
      await page.goto(`/admin/articles/${id}/edit`);
      await expect(page.getByRole("status").filter({ hasText: "Autosave is on" })).toBeVisible();
      await body(page).focus();
      await page.keyboard.press("Control+End");
      await body(page).pressSequentially(" And on Fridays.");
      await expect(page.getByText("Unsaved changes; autosave will save them shortly.")).toBeVisible();
      await expect(page.getByText(/^Saved at \d{1,2}:\d{2}/)).toBeVisible({ timeout: 35_000 });
      expect(stored(db, id)).toMatchObject({ body: "Open late on Thursdays. And on Fridays.", version: 2 });
      expect(revisionNotes(db, id)[0]).toBe("Autosave");
      // The page was not reloaded: a hand save now goes against the autosaved version.
      await page.keyboard.press("Control+End");
      await body(page).pressSequentially(" Closed on Sundays.");
      await saveDraft(page, 3);
      expect(stored(db, id)).toMatchObject({ body: "Open late on Thursdays. And on Fridays. Closed on Sundays.", version: 3 });
    } finally {
      db.delete(articles).where(eq(articles.id, id)).run();
    }
  });

  test("formats with the toolbar and keyboard shortcuts and counts words", async ({ page, db }) => {
    const id = insertDraft(db, { headline: `Tram works ${uniqueSuffix()}`, body: "" });
    try {
      await page.goto(`/admin/articles/${id}/edit`);
      const toolbar = page.getByRole("toolbar", { name: "Formatting" });
      await expect(toolbar.getByRole("button", { name: "Bold" })).toHaveAttribute("title", /Ctrl\+B/);
      await expect(toolbar.getByRole("button", { name: "Bold" })).toHaveAttribute("aria-keyshortcuts", /Control\+B/);

      await body(page).fill("Works start Monday");
      await body(page).press("Control+a");
      await body(page).press("Control+b");
      await expect(body(page)).toHaveValue("**Works start Monday**");
      // Ctrl+Z undoes a toolbar change like typing: it went through the browser's editing.
      await body(page).press("Control+z");
      await expect(body(page)).toHaveValue("Works start Monday");
      await body(page).press("End");
      await toolbar.getByRole("button", { name: "Image" }).click();
      await expect(body(page)).toHaveValue("Works start Monday![Describe the image](https://)");
      await expect(page.getByText("3 words · 1 min read")).toBeVisible();
      const preview = page.getByRole("region", { name: "Body preview" });
      await expect(preview.getByText("Works start Monday")).toBeVisible();
    } finally {
      db.delete(articles).where(eq(articles.id, id)).run();
    }
  });

  test("the SEO title and description become the article page's title and description", async ({ page, db, browser }) => {
    const headline = `Bridge reopens ${uniqueSuffix()}`;
    const id = insertDraft(db, { headline, dek: "Traffic flows again.", body: "The bridge is open." });
    // Live without the workflow panel, which is being rebuilt: set in the database.
    db.update(articles).set({ status: "published", publishedAt: new Date(Date.now() - 60_000) }).where(eq(articles.id, id)).run();
    const reader = await contextAs(browser, null);
    try {
      await page.goto(`/admin/articles/${id}/edit`);
      // A live story is never autosaved: it changes when someone presses Save.
      await expect(page.getByText("Autosave is on")).toHaveCount(0);
      await page.getByLabel("SEO title").fill("Bridge open: what changes for drivers");
      await page.getByLabel("SEO description").fill("The river bridge reopened on Monday after repairs.");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page).toHaveURL(/\?saved=1$/);

      const readerPage = await reader.newPage();
      const slug = db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, id)).get()!.slug;
      await readerPage.goto(`/articles/${slug}`);
      await expect(readerPage).toHaveTitle(/^Bridge open: what changes for drivers/);
      await expect(readerPage.locator('meta[name="description"]')).toHaveAttribute("content", "The river bridge reopened on Monday after repairs.");
      await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText(headline);
    } finally {
      await reader.close();
      db.delete(articles).where(eq(articles.id, id)).run();
    }
  });
});

test.describe("two people on one story", () => {
  test("the later save is refused, shows their text beside mine and merges without losing mine", async ({ browser, db }) => {
    const id = insertDraft(db, { headline: `Council vote on buses ${uniqueSuffix()}`, dek: "First dek.", body: "The council meets on Tuesday." });
    const editorContext = await contextAs(browser, "editor");
    const adminContext = await contextAs(browser, "admin");
    try {
      const editor = await editorContext.newPage();
      const admin = await adminContext.newPage();
      await editor.goto(`/admin/articles/${id}/edit`);
      await expect(body(editor)).toHaveValue("The council meets on Tuesday.");
      await admin.goto(`/admin/articles/${id}/edit`);
      await expect(admin.getByText(`${loginFor("editor").name} is also editing this article.`)).toBeVisible();

      // The admin saves first.
      await admin.getByLabel("Dek", { exact: true }).fill("The admin's dek.");
      await body(admin).fill("The council meets on Wednesday, the admin says.");
      await saveDraft(admin, 2);

      // The editor, still on the version they loaded, types and saves.
      const mine = "The council meets on Tuesday. Editor's paragraph that must survive.";
      await body(editor).fill(mine);
      await editor.getByRole("button", { name: "Save draft" }).click();
      const panel = editor.getByRole("region", { name: new RegExp(`${loginFor("admin").name} saved this article at`) });
      await expect(panel).toBeVisible();
      await expect(editor).not.toHaveURL(/saved=1/);
      // Nothing of the editor's was lost, and nothing of the admin's was overwritten.
      await expect(body(editor)).toHaveValue(mine);
      expect(stored(db, id)).toMatchObject({ body: "The council meets on Wednesday, the admin says.", version: 2 });

      // Body: both changed it, so it starts on "mine", with their text shown as a diff.
      const bodyChoice = panel.getByRole("group", { name: "Body" });
      await expect(bodyChoice.getByRole("deletion").filter({ hasText: "Wednesday" })).toBeVisible();
      await expect(bodyChoice.getByRole("insertion").filter({ hasText: "must survive" })).toBeVisible();
      await expect(bodyChoice.getByRole("radio", { name: "Keep mine (body)" })).toBeChecked();
      // Dek: only they changed it, so theirs is already taken.
      const dekChoice = panel.getByRole("group", { name: "Dek" });
      await expect(dekChoice.getByRole("radio", { name: "Take theirs (dek)" })).toBeChecked();
      await expect(editor.getByLabel("Dek", { exact: true })).toHaveValue("The admin's dek.");

      // Trying theirs and coming back to mine changes the form each time.
      await bodyChoice.getByRole("radio", { name: "Take theirs (body)" }).check();
      await expect(body(editor)).toHaveValue("The council meets on Wednesday, the admin says.");
      await bodyChoice.getByRole("radio", { name: "Keep mine (body)" }).check();
      await expect(body(editor)).toHaveValue(mine);

      await saveDraft(editor, 3);
      expect(stored(db, id)).toMatchObject({ body: mine, dek: "The admin's dek.", version: 3 });
      expect(revisionNotes(db, id).slice(0, 2)).toEqual(["Saved after merging", ""]);
      await expect(body(editor)).toHaveValue(mine);
    } finally {
      await editorContext.close();
      await adminContext.close();
      db.delete(articles).where(eq(articles.id, id)).run();
    }
  });
});
