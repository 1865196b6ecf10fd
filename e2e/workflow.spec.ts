import { eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import type { DB } from "../db/client";
import { articleAuthors, articles, articleTransitions, sections, users } from "../db/schema";
import { slugify } from "../lib/utils";
import { contextAs, expect, loginFor, test, uniqueSuffix, type StaffRole } from "./fixtures";

function staff(db: DB, role: StaffRole) {
  return db.select({ id: users.id, name: users.name, slug: users.slug }).from(users).where(eq(users.email, loginFor(role).email)).get()!;
}

function statusOf(db: DB, slug: string) {
  return db.select({ status: articles.status, publishedAt: articles.publishedAt }).from(articles).where(eq(articles.slug, slug)).get();
}

/** A draft in News by `role`, arranged directly so each test starts where it needs to. */
function arrangeDraft(db: DB, role: StaffRole, headline: string, extra: Partial<typeof articles.$inferInsert> = {}) {
  const news = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, "news")).get()!;
  const owner = staff(db, role);
  const slug = slugify(headline);
  const { id } = db
    .insert(articles)
    .values({ slug, headline, dek: "A summary.", body: "Body text.", sectionId: news.id, createdById: owner.id, ...extra })
    .returning({ id: articles.id })
    .get();
  db.insert(articleAuthors).values({ articleId: id, userId: owner.id }).run();
  return { id, slug };
}

/** `YYYY-MM-DDTHH:MM:SS` in UTC, as the datetime-local inputs take it. */
function utcInput(date: Date): string {
  return date.toISOString().slice(0, 19);
}

function workflow(page: Page) {
  return page.getByRole("region", { name: /Workflow/ });
}

async function move(page: Page, button: string, expected: string, note?: string) {
  if (note !== undefined) await workflow(page).getByLabel("Note").fill(note);
  await workflow(page).getByRole("button", { name: button }).click();
  await expect(workflow(page).getByRole("status")).toHaveText(expected);
}

test("submit for review, send back with a note, resubmit, publish", async ({ browser, db }) => {
  test.slow();
  const headline = `Library opening hours extended ${uniqueSuffix()}`;
  const { id, slug } = arrangeDraft(db, "author", headline);
  const author = await contextAs(browser, "author");
  const editor = await contextAs(browser, "editor");
  const reader = await contextAs(browser, null);
  try {
    const writer = await author.newPage();
    await writer.goto(`/admin/articles/${id}/edit`);
    await expect(workflow(writer).getByRole("button", { name: "Publish now" })).toHaveCount(0);
    await move(writer, "Submit for review", "In review.");
    expect(statusOf(db, slug)?.status).toBe("review");
    await writer.reload();
    await expect(writer.getByText("Editors have this story now")).toBeVisible();
    await expect(writer.getByLabel("Headline")).toHaveCount(0);

    const desk = await editor.newPage();
    await desk.goto("/admin/review");
    await expect(desk.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: /Review/ })).toContainText(/\d/);
    await desk.getByRole("table", { name: "Stories waiting for review" }).getByRole("link", { name: headline }).click();
    await workflow(desk).getByRole("button", { name: "Send back to the writer" }).click();
    await expect(workflow(desk).getByText("Say what needs to change before it comes back.")).toBeVisible();
    expect(statusOf(db, slug)?.status).toBe("review");
    await move(desk, "Send back to the writer", "Draft.", "Add the new Sunday hours.");

    await writer.reload();
    await expect(writer.getByRole("note")).toContainText("Add the new Sunday hours.");
    await writer.getByLabel("Dek").fill("Now open on Sundays too.");
    await writer.getByRole("button", { name: "Save draft" }).click();
    await expect(writer).toHaveURL(/\?saved=1$/);
    await move(writer, "Submit for review", "In review.");

    await desk.reload();
    await move(desk, "Publish now", "Published.");
    const history = db.select({ from: articleTransitions.fromStatus, to: articleTransitions.toStatus, note: articleTransitions.note }).from(articleTransitions).where(eq(articleTransitions.articleId, id)).all();
    expect(history.map((h) => `${h.from}>${h.to}`)).toEqual(["draft>review", "review>draft", "draft>review", "review>published"]);
    expect(history[1]?.note).toBe("Add the new Sunday hours.");

    const page = await reader.newPage();
    expect((await page.goto(`/articles/${slug}`))?.status()).toBe(200);
    await expect(page.getByText("Now open on Sundays too.")).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("main").getByRole("link", { name: headline }).first()).toBeVisible();
  } finally {
    await Promise.all([author.close(), editor.close(), reader.close()]);
    db.delete(articles).where(eq(articles.id, id)).run();
  }
});

test("placeholders and a missing dek are flagged before publishing", async ({ browser, db }) => {
  const headline = `Council vote TK ${uniqueSuffix()}`;
  const { id, slug } = arrangeDraft(db, "editor", headline, { dek: "", body: "The vote was TK to TK." });
  const editor = await contextAs(browser, "editor");
  try {
    const page = await editor.newPage();
    await page.goto(`/admin/articles/${id}/edit`);
    const panel = workflow(page);
    await expect(panel.getByText('The headline still has a "TK" placeholder.')).toBeVisible();
    await expect(panel.getByText('The body still has a "TK" placeholder.')).toBeVisible();
    await expect(panel.getByText("The dek (summary under the headline) is empty.")).toBeVisible();
    await panel.getByRole("button", { name: "Publish now" }).click();
    await expect(panel.getByRole("status")).toHaveText("Check these before it goes out, then confirm.");
    expect(statusOf(db, slug)?.status).toBe("draft");
    await panel.getByLabel("Publish anyway").check();
    await move(page, "Publish now", "Published.");
  } finally {
    await editor.close();
    db.delete(articles).where(eq(articles.id, id)).run();
  }
});

test("a scheduled story goes live at its time with nobody acting", async ({ browser, db }) => {
  // Waits for the clock: the story goes live about 25 s after it is scheduled.
  test.setTimeout(150_000);
  const headline = `Night market returns ${uniqueSuffix()}`;
  const { id, slug } = arrangeDraft(db, "editor", headline);
  const editor = await contextAs(browser, "editor");
  const reader = await contextAs(browser, null);
  try {
    const page = await editor.newPage();
    await page.goto(`/admin/articles/${id}/edit`);
    await workflow(page).getByLabel("Publish at (UTC)").fill(utcInput(new Date(Date.now() - 60_000)));
    await workflow(page).getByRole("button", { name: "Schedule" }).click();
    await expect(workflow(page).getByText("Choose a time in the future, or publish now.")).toBeVisible();

    // Far enough ahead to check the "before" state on a busy two-core machine.
    const at = new Date(Date.now() + 25_000);
    await workflow(page).getByLabel("Publish at (UTC)").fill(utcInput(at));
    await move(page, "Schedule", "Scheduled.");
    await page.goto("/admin/review");
    await expect(page.getByRole("table", { name: /scheduled to go live/ }).getByRole("link", { name: headline })).toBeVisible();

    const visitor = await reader.newPage();
    expect((await visitor.goto(`/articles/${slug}`))?.status()).toBe(404);
    await visitor.goto("/");
    await expect(visitor.getByRole("link", { name: headline })).toHaveCount(0);

    // No one touches anything from here: the cached pages expire at the scheduled time.
    await expect
      .poll(async () => (await visitor.goto(`/articles/${slug}`))?.status(), { timeout: 90_000, intervals: [2_000] })
      .toBe(200);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(headline);
    await expect
      .poll(async () => {
        await visitor.goto("/");
        return visitor.getByRole("main").getByRole("link", { name: headline }).count();
      }, { timeout: 30_000, intervals: [2_000] })
      .toBeGreaterThan(0);
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime() - 1000);
  } finally {
    await Promise.all([editor.close(), reader.close()]);
    db.delete(articles).where(eq(articles.id, id)).run();
  }
});

test("a scheduled update replaces a live story's text at its time, not before", async ({ browser, db }) => {
  test.setTimeout(150_000);
  const headline = `Bridge closure ${uniqueSuffix()}`;
  const { id, slug } = arrangeDraft(db, "editor", headline);
  const editor = await contextAs(browser, "editor");
  const reader = await contextAs(browser, null);
  try {
    const page = await editor.newPage();
    await page.goto(`/admin/articles/${id}/edit`);
    await move(page, "Publish now", "Published.");
    await page.getByRole("link", { name: "Prepare a scheduled update" }).click();
    // The edit page has a Headline field too: wait for the update form before typing.
    await expect(page.getByRole("heading", { level: 1, name: "Schedule an update" })).toBeVisible();
    const updated = `${headline}: reopened`;
    await page.getByLabel("Headline").fill(updated);
    await page.getByLabel("Goes live at (UTC)").fill(utcInput(new Date(Date.now() + 25_000)));
    await page.getByRole("button", { name: "Schedule update" }).click();
    await expect(page.getByText("Update scheduled: readers keep the current version until its time.")).toBeVisible();
    await expect(workflow(page).getByText(`“${updated}” goes live`)).toBeVisible();

    const visitor = await reader.newPage();
    await visitor.goto(`/articles/${slug}`);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(headline);
    await expect
      .poll(async () => {
        await visitor.goto(`/articles/${slug}`);
        return visitor.getByRole("heading", { level: 1 }).textContent();
      }, { timeout: 90_000, intervals: [2_000] })
      .toBe(updated);
  } finally {
    await Promise.all([editor.close(), reader.close()]);
    db.delete(articles).where(eq(articles.id, id)).run();
  }
});

test("co-authors appear in order on the article and on each author's page", async ({ browser, db }) => {
  const headline = `Two reporters on the tram strike ${uniqueSuffix()}`;
  const { id, slug } = arrangeDraft(db, "editor", headline);
  const second = staff(db, "author");
  const first = staff(db, "editor");
  db.insert(articleAuthors).values({ articleId: id, userId: second.id, sortOrder: 1 }).run();
  const editor = await contextAs(browser, "editor");
  const reader = await contextAs(browser, null);
  try {
    const page = await editor.newPage();
    await page.goto(`/admin/articles/${id}/edit`);
    await move(page, "Publish now", "Published.");

    const visitor = await reader.newPage();
    await visitor.goto(`/articles/${slug}`);
    const byline = visitor.getByRole("article").getByText(/^By /).first();
    await expect(byline).toHaveText(`By ${first.name} and ${second.name}`);
    await expect(byline.getByRole("link", { name: second.name })).toHaveAttribute("href", `/authors/${second.slug}`);
    for (const person of [first, second]) {
      await visitor.goto(`/authors/${person.slug}`);
      await expect(visitor.getByRole("main").getByRole("link", { name: headline, exact: true })).toBeVisible();
    }
  } finally {
    await Promise.all([editor.close(), reader.close()]);
    db.delete(articles).where(eq(articles.id, id)).run();
  }
});
