import { and, eq, ne } from "drizzle-orm";
import type { Page } from "@playwright/test";
import type { DB } from "../db/client";
import { articles, comments, users, type CommentStatus } from "../db/schema";
import { contextAs, expect, loginFor, storageStateFor, test, uniqueSuffix } from "./fixtures";

const SLUG = "riverside-flood-barrier-approved";
const ARTICLE_URL = `/articles/${SLUG}`;

test.use({ storageState: storageStateFor("moderator") });
// Several page loads and two browser contexts per test, on cores shared with other suites.
test.describe.configure({ timeout: 60_000 });

function theArticle(db: DB) {
  const article = db.select({ id: articles.id, headline: articles.headline }).from(articles).where(eq(articles.slug, SLUG)).get();
  if (!article) throw new Error(`Seeded article ${SLUG} is missing`);
  return article;
}

const inserted: number[] = [];

// Approved test comments stay: they are on cached article pages, and deleting them here would
// leave those pages stale. The rest are invisible to readers and can simply go.
test.afterEach(({ db }) => {
  for (const id of inserted.splice(0)) {
    db.delete(comments).where(and(eq(comments.id, id), ne(comments.status, "approved"))).run();
  }
});

/** A reader's comment put straight into the database, as if it had been submitted. */
function insertComment(db: DB, label: string, status: CommentStatus = "pending") {
  const suffix = uniqueSuffix();
  const authorName = `${label} ${suffix}`;
  const body = `Moderation check ${suffix}: the barrier held\nbut the path flooded.`;
  const { id } = db
    .insert(comments)
    .values({ articleId: theArticle(db).id, authorName, authorEmail: `reader-${suffix}@example.test`, body, status })
    .returning({ id: comments.id })
    .get();
  inserted.push(id);
  return { id, authorName, body, firstLine: body.split("\n")[0]! };
}

function statusOf(db: DB, id: number) {
  return db.select({ status: comments.status, by: comments.moderatedById }).from(comments).where(eq(comments.id, id)).get();
}

function staffId(db: DB, role: "moderator" | "editor") {
  return db.select({ id: users.id }).from(users).where(eq(users.email, loginFor(role).email)).get()!.id;
}

async function waitingCount(page: Page): Promise<number> {
  const text = await page.getByRole("heading", { level: 2, name: /waiting/ }).innerText();
  const match = /^(\d+|No) comments? waiting/.exec(text);
  if (!match) throw new Error(`Unexpected queue heading: ${text}`);
  return match[1] === "No" ? 0 : Number(match[1]);
}

const row = (page: Page, name: string) => page.getByRole("article", { name: new RegExp(name) });

test("approving a pending comment publishes it on the cached article page", async ({ page, db, browser }) => {
  const comment = insertComment(db, "Ada");
  const reader = await contextAs(browser, null);
  try {
    const readerPage = await reader.newPage();
    // Also primes the article's static cache, so seeing the comment later proves revalidation.
    expect((await readerPage.goto(ARTICLE_URL))?.status()).toBe(200);
    await expect(readerPage.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(readerPage.getByText(comment.firstLine)).toHaveCount(0);

    await page.goto("/admin/comments");
    const before = await waitingCount(page);
    const item = row(page, comment.authorName);
    await expect(item).toContainText(theArticle(db).headline);
    await expect(item).toContainText(comment.firstLine);
    const articleLink = item.getByRole("link", { name: `${theArticle(db).headline} (opens in a new tab)`, exact: true });
    await expect(articleLink).toHaveAttribute("href", ARTICLE_URL);
    await expect(articleLink).toHaveAttribute("target", "_blank");
    await expect(item.locator("time").first()).toHaveAttribute("dateTime", /^\d{4}-\d\d-\d\dT/);

    await page.getByRole("button", { name: `Approve comment by ${comment.authorName}` }).click();
    await expect(page.getByRole("status")).toHaveText(`Approved the comment by ${comment.authorName}.`);
    await expect(item).toHaveCount(0);
    expect(await waitingCount(page)).toBe(before - 1);
    expect(statusOf(db, comment.id)).toEqual({ status: "approved", by: staffId(db, "moderator") });

    await readerPage.reload();
    await expect(readerPage.getByText(comment.firstLine)).toBeVisible();
  } finally {
    await reader.close();
  }
});

test("reject keeps a comment hidden and files it under Rejected", async ({ page, db, browser }) => {
  const comment = insertComment(db, "Basil");
  await page.goto("/admin/comments");
  await page.getByRole("button", { name: `Reject comment by ${comment.authorName}` }).click();
  await expect(page.getByRole("status")).toHaveText(`Rejected the comment by ${comment.authorName}.`);
  await expect(row(page, comment.authorName)).toHaveCount(0);

  await page.getByRole("link", { name: /^Rejected \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/status=rejected/);
  await expect(row(page, comment.authorName)).toContainText("Rejected by Jun Okafor");
  expect(statusOf(db, comment.id)?.status).toBe("rejected");

  const reader = await contextAs(browser, null);
  try {
    const readerPage = await reader.newPage();
    await readerPage.goto(ARTICLE_URL);
    await expect(readerPage.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(readerPage.getByText(comment.firstLine)).toHaveCount(0);
  } finally {
    await reader.close();
  }
});

test("spam files a comment under Spam", async ({ page, db }) => {
  const comment = insertComment(db, "Cleo");
  await page.goto("/admin/comments");
  await page.getByRole("button", { name: `Spam comment by ${comment.authorName}` }).click();
  await expect(page.getByRole("status")).toHaveText(`Marked the comment by ${comment.authorName} as spam.`);
  await page.getByRole("link", { name: /^Spam \(\d+\)$/ }).click();
  await expect(row(page, comment.authorName)).toContainText("Marked as spam by Jun Okafor");
  // A decided comment offers the other decisions, not its own.
  await expect(page.getByRole("button", { name: `Approve comment by ${comment.authorName}` })).toBeVisible();
  await expect(page.getByRole("button", { name: `Spam comment by ${comment.authorName}` })).toHaveCount(0);
  expect(statusOf(db, comment.id)?.status).toBe("spam");
});

test("an approved comment can be rejected again and leaves the article", async ({ page, db, browser }) => {
  const comment = insertComment(db, "Dmitri");
  await page.goto("/admin/comments");
  await page.getByRole("button", { name: `Approve comment by ${comment.authorName}` }).click();
  await expect(page.getByRole("status")).toHaveText(`Approved the comment by ${comment.authorName}.`);

  const reader = await contextAs(browser, null);
  try {
    const readerPage = await reader.newPage();
    await readerPage.goto(ARTICLE_URL);
    await expect(readerPage.getByText(comment.firstLine)).toBeVisible();

    await page.goto("/admin/comments?status=approved");
    await page.getByRole("button", { name: `Reject comment by ${comment.authorName}` }).click();
    await expect(page.getByRole("status")).toHaveText(`Rejected the comment by ${comment.authorName}.`);
    expect(statusOf(db, comment.id)?.status).toBe("rejected");
    await readerPage.reload();
    await expect(readerPage.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(readerPage.getByText(comment.firstLine)).toHaveCount(0);
  } finally {
    await reader.close();
  }
});

test("a decision on a stale row is refused when another moderator got there first", async ({ page, db, browser }) => {
  const comment = insertComment(db, "Esme");
  const editor = await contextAs(browser, "editor");
  try {
    const editorPage = await editor.newPage();
    await editorPage.goto("/admin/comments");
    await page.goto("/admin/comments");

    await page.getByRole("button", { name: `Approve comment by ${comment.authorName}` }).click();
    await expect(page.getByRole("status")).toHaveText(`Approved the comment by ${comment.authorName}.`);

    await editorPage.getByRole("button", { name: `Reject comment by ${comment.authorName}` }).click();
    await expect(editorPage.getByRole("status")).toHaveText("This comment was already moderated by someone else.");
    expect(statusOf(db, comment.id)).toEqual({ status: "approved", by: staffId(db, "moderator") });
    // The refusal also refreshes the stale queue.
    await expect(row(editorPage, comment.authorName)).toHaveCount(0);
  } finally {
    await editor.close();
  }
});

test("the queue works without JavaScript", async ({ browser, db }) => {
  const comment = insertComment(db, "Farah");
  const noJs = await browser.newContext({ storageState: storageStateFor("moderator"), javaScriptEnabled: false });
  try {
    const page = await noJs.newPage();
    await page.goto("/admin/comments");
    await page.getByRole("button", { name: `Spam comment by ${comment.authorName}` }).click();
    await expect(page.getByRole("status")).toHaveText(`Marked the comment by ${comment.authorName} as spam.`);
    expect(statusOf(db, comment.id)?.status).toBe("spam");
    await expect(row(page, comment.authorName)).toHaveCount(0);
  } finally {
    await noJs.close();
  }
});

test("an unknown ?status= shows the pending queue", async ({ page, db }) => {
  const comment = insertComment(db, "Gus");
  await page.goto("/admin/comments?status=junk&page=abc&article=x");
  await expect(page.getByRole("link", { name: /^Pending \(\d+\)$/ })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("button", { name: `Approve comment by ${comment.authorName}` })).toBeVisible();
});

test("?article= narrows the queue to one article", async ({ page, db }) => {
  const comment = insertComment(db, "Hana");
  const { id, headline } = theArticle(db);
  await page.goto(`/admin/comments?article=${id}`);
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`waiting on ${headline}`) })).toBeVisible();
  await expect(row(page, comment.authorName)).toBeVisible();
  const headlines = await page.getByRole("article").getByRole("link", { name: /opens in a new tab/ }).allInnerTexts();
  expect(headlines.every((h) => h.startsWith(headline))).toBe(true);
});
