import { and, eq, like } from "drizzle-orm";
import type { Browser, Locator, Page } from "@playwright/test";
import type { DB } from "../db/client";
import { articles, comments } from "../db/schema";
import { expect, test, uniqueSuffix } from "./fixtures";

const OPEN = "riverside-flood-barrier-approved";
const CLOSED = "library-opening-hours-extended";
const AWAITING = "Thanks, your comment is awaiting moderation.";
const STATUS_PAGE = /\/comments\/status\/[A-Za-z0-9_-]{16,}$/;

const ipBlock = Math.floor(Math.random() * 250);
let ipCounter = 0;
/**
 * A logged-out reader with an address of their own, so the per-address comment limit of one
 * test never bleeds into the next.
 */
async function reader(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const ip = `198.51.${ipBlock}.${++ipCounter}`;
  const context = await browser.newContext({ ...options, extraHTTPHeaders: { "x-forwarded-for": ip } });
  return { context, page: await context.newPage(), ip };
}

const articleId = (db: DB, slug: string) =>
  db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).get()!.id;
const storedWith = (db: DB, text: string) =>
  db
    .select()
    .from(comments)
    .where(like(comments.body, `%${text}%`))
    .all();
const commentForm = (page: Page) => page.getByRole("form", { name: "Leave a comment" });

async function fillComment(form: Locator, values: { name: string; email: string; body: string }) {
  await form.getByLabel("Name").fill(values.name);
  await form.getByLabel("Email").fill(values.email);
  await form.getByLabel("Comment").fill(values.body);
}

test("a reader's comment waits for moderation and stays off the page", async ({ browser, db }) => {
  const text = `Pending check ${uniqueSuffix()}`;
  const { context, page, ip } = await reader(browser);
  try {
    await page.goto(`/articles/${OPEN}`);
    const form = commentForm(page);
    await expect(form.getByLabel("Email")).toHaveAccessibleDescription(/Never published/);
    await fillComment(form, {
      name: "Rita Reader",
      email: "Rita@Example.test",
      body: `${text}\nSecond line.`,
    });
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect(form.getByRole("status")).toHaveText(AWAITING);
    await expect(form.getByLabel("Comment")).toHaveValue("");
    // The private status link, kept in this browser: back on the story, the comment is marked.
    await expect(form.getByText("Keep this private link to follow your comment:")).toBeVisible();
    await expect(form.getByRole("link", { name: STATUS_PAGE })).toHaveAttribute("href", STATUS_PAGE);
    await page.reload();
    const mine = page.locator("[data-own-comment]");
    await expect(mine).toContainText("Your comment — awaiting moderation");
    await expect(mine).toContainText(text);

    const [row] = storedWith(db, text);
    expect(row).toMatchObject({
      status: "pending",
      parentId: null,
      authorName: "Rita Reader",
      authorEmail: "rita@example.test",
    });
    expect(row!.body).toBe(`${text}\nSecond line.`);
    expect(row!.ipHash).toMatch(/^[0-9a-f]{32}$/);
    expect(row!.ipHash).not.toContain(ip);
  } finally {
    await context.close();
  }
  const other = await reader(browser);
  try {
    await other.page.goto(`/articles/${OPEN}`);
    await expect(other.page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(other.page.getByText(text)).toHaveCount(0);
  } finally {
    await other.context.close();
  }
});

const PARENT_BODY =
  "Thank you for reporting this properly. Riverside has waited a very long time for this decision.";
const parentComment = (db: DB) =>
  db
    .select({ id: comments.id, authorName: comments.authorName })
    .from(comments)
    .where(eq(comments.body, PARENT_BODY))
    .get()!;

test("Reply moves the one form under the comment, and a sent reply is stored under it", async ({
  browser,
  db,
}) => {
  const text = `Reply check ${uniqueSuffix()}`;
  const parent = parentComment(db);
  const { context, page } = await reader(browser);
  try {
    await page.goto(`/articles/${OPEN}`);
    // One form on the page; each comment has only a link to the reply page.
    await expect(page.getByRole("button", { name: /^Post (comment|reply)$/ })).toHaveCount(1);
    const link = page
      .locator(`#comment-${parent.id} > article`)
      .getByRole("link", { name: `Reply to ${parent.authorName}` });
    await expect(link).toHaveAttribute("href", `/articles/${OPEN}/reply/${parent.id}`);
    await link.click();

    const form = page.getByRole("form", { name: `Reply to ${parent.authorName}` });
    await expect(form.getByRole("heading", { name: `Reply to ${parent.authorName}` })).toBeFocused();
    await expect(page.locator(`#comment-${parent.id} > article + #comment-form`)).toHaveCount(1);
    await expect(page).toHaveURL(new RegExp(`/articles/${OPEN}$`));
    await expect(form.locator('input[name="parentId"]')).toHaveValue(String(parent.id));
    await fillComment(form, { name: "Ravi Replier", email: "ravi@example.test", body: text });
    await form.getByRole("button", { name: "Post reply" }).click();

    // Sent: the form is back at the end of the thread, for a new comment, and says so there.
    const back = commentForm(page);
    await expect(back.getByRole("status")).toHaveText(AWAITING);
    await expect(back.getByRole("heading", { name: "Leave a comment" })).toBeFocused();
    await expect(back.locator('input[name="parentId"]')).toHaveValue("");
    await expect(back.getByRole("button", { name: "Post comment" })).toBeVisible();
    await expect(back.getByRole("button", { name: "Cancel reply" })).toBeHidden();
    await expect(page.locator(`#comment-${parent.id} #comment-form`)).toHaveCount(0);
    expect(storedWith(db, text)).toMatchObject([
      { parentId: parent.id, status: "pending", articleId: articleId(db, OPEN) },
    ]);
  } finally {
    await context.close();
  }
});

test("without JavaScript, Reply opens the reply page, which posts the reply", async ({ browser, db }) => {
  const text = `No-JS reply ${uniqueSuffix()}`;
  const parent = parentComment(db);
  const { context, page } = await reader(browser, { javaScriptEnabled: false });
  try {
    await page.goto(`/articles/${OPEN}`);
    await page
      .locator(`#comment-${parent.id} > article`)
      .getByRole("link", { name: `Reply to ${parent.authorName}` })
      .click();
    await expect(page).toHaveURL(new RegExp(`/articles/${OPEN}/reply/${parent.id}$`));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.getByRole("article", { name: `Comment by ${parent.authorName}` })).toContainText(
      PARENT_BODY,
    );
    await expect(page.getByRole("link", { name: "Back to the article" })).toHaveAttribute(
      "href",
      `/articles/${OPEN}#comment-${parent.id}`,
    );

    const form = page.getByRole("form", { name: `Reply to ${parent.authorName}` });
    await fillComment(form, { name: "Nico NoScript", email: "nico@example.test", body: text });
    await form.getByRole("button", { name: "Post reply" }).click();
    // Stored: the commenter lands on their comment's private status page.
    await expect(page).toHaveURL(STATUS_PAGE);
    await expect(page.getByRole("heading", { name: "Awaiting moderation" })).toBeVisible();
    expect(storedWith(db, text)).toMatchObject([
      { parentId: parent.id, status: "pending", authorName: "Nico NoScript" },
    ]);
  } finally {
    await context.close();
  }
});

test("the reply page shows the comment as plain text", async ({ page, db }) => {
  const body = `Escape check ${uniqueSuffix()} <b>not bold</b> & "quoted"`;
  // Approved test comments stay (see comment-moderation.spec.ts): cached article pages list them.
  const { id } = db
    .insert(comments)
    .values({
      articleId: articleId(db, OPEN),
      authorName: "Tess <Tag>",
      authorEmail: "tess@example.test",
      body,
      status: "approved",
    })
    .returning({ id: comments.id })
    .get();
  await page.goto(`/articles/${OPEN}/reply/${id}`);
  const shown = page.getByRole("article", { name: "Comment by Tess <Tag>" });
  await expect(shown).toContainText(body);
  await expect(shown.locator("b")).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Reply to Tess <Tag>" })).toBeVisible();
});

test("the reply page is a 404 unless the comment is approved on that live, open article", async ({
  request,
  db,
}) => {
  const approvedOn = (slug: string) =>
    db
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.articleId, articleId(db, slug)), eq(comments.status, "approved")))
      .get()!.id;
  const pendingId = db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.articleId, articleId(db, OPEN)), eq(comments.status, "pending")))
    .get()!.id;
  const cases = [
    { case: "a pending comment", path: `/articles/${OPEN}/reply/${pendingId}` },
    { case: "another article's comment", path: `/articles/${OPEN}/reply/${approvedOn(CLOSED)}` },
    { case: "an article with comments closed", path: `/articles/${CLOSED}/reply/${approvedOn(CLOSED)}` },
    { case: "an unknown article", path: `/articles/no-such-story/reply/${approvedOn(OPEN)}` },
    { case: "an unknown comment", path: `/articles/${OPEN}/reply/999999999` },
    { case: "an id that is no number", path: `/articles/${OPEN}/reply/1e3` },
  ];
  for (const c of cases) expect((await request.get(c.path)).status(), c.case).toBe(404);
  expect((await request.get(`/articles/${OPEN}/reply/${approvedOn(OPEN)}`)).status()).toBe(200);
});

const badInputs = [
  { case: "empty name", field: "Name", values: { name: "" }, error: "Enter your name." },
  {
    case: "bad email",
    field: "Email",
    values: { email: "not-an-email" },
    error: "Enter a valid email address.",
  },
  { case: "empty comment", field: "Comment", values: { body: "" }, error: "Write a comment first." },
  {
    case: "over-long comment",
    field: "Comment",
    values: { body: "x".repeat(5001) },
    error: "Keep your comment under 5,000 characters.",
  },
] as const;

for (const bad of badInputs) {
  test(`refuses a comment with ${bad.case}`, async ({ browser, db }) => {
    const name = `Invalid ${uniqueSuffix()}`;
    const { context, page } = await reader(browser);
    try {
      await page.goto(`/articles/${OPEN}`);
      const form = commentForm(page);
      await fillComment(form, {
        name,
        email: "valid@example.test",
        body: `Body from ${name}`,
        ...bad.values,
      });
      await form.getByRole("button", { name: "Post comment" }).click();
      await expect(form.getByLabel(bad.field)).toHaveAccessibleDescription(
        new RegExp(bad.error.replace(/[.,]/g, "\\$&")),
      );
      await expect(form.getByLabel(bad.field)).toHaveAttribute("aria-invalid", "true");
      expect(db.select().from(comments).where(eq(comments.authorName, name)).all()).toHaveLength(0);
      expect(storedWith(db, `Body from ${name}`)).toHaveLength(0);
    } finally {
      await context.close();
    }
  });
}

test("a filled honeypot gets the usual thanks and stores nothing", async ({ browser, db }) => {
  const text = `Honeypot check ${uniqueSuffix()}`;
  const { context, page } = await reader(browser);
  try {
    await page.goto(`/articles/${OPEN}`);
    const form = commentForm(page);
    await fillComment(form, { name: "Botty", email: "bot@example.test", body: text });
    // The trap is hidden from people, so fill it the way a bot would: straight into the DOM.
    await form
      .locator('input[name="website"]')
      .evaluate((input: HTMLInputElement) => (input.value = "http://spam.example"));
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect(form.getByRole("status")).toHaveText(AWAITING);
    expect(storedWith(db, text)).toHaveLength(0);
  } finally {
    await context.close();
  }
});

test("posting works without JavaScript", async ({ browser, db }) => {
  const text = `No-JS check ${uniqueSuffix()}`;
  const { context, page } = await reader(browser, { javaScriptEnabled: false });
  try {
    await page.goto(`/articles/${OPEN}`);
    const form = commentForm(page);
    await fillComment(form, { name: "Nora NoScript", email: "nora@example.test", body: text });
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect(page).toHaveURL(STATUS_PAGE);
    await expect(page.getByRole("heading", { name: "Awaiting moderation" })).toBeVisible();
    await expect(page.getByRole("article", { name: "Your comment" })).toContainText(text);
    expect(storedWith(db, text)).toMatchObject([{ status: "pending", authorName: "Nora NoScript" }]);
  } finally {
    await context.close();
  }
});

test("a crafted post to a closed article is refused", async ({ browser, db }) => {
  const text = `Closed check ${uniqueSuffix()}`;
  const closedId = articleId(db, CLOSED);
  const { context, page } = await reader(browser);
  try {
    await page.goto(`/articles/${OPEN}`);
    const form = commentForm(page);
    await form
      .locator('input[name="articleId"]')
      .evaluate((input: HTMLInputElement, id) => (input.value = String(id)), closedId);
    await fillComment(form, { name: "Crafty", email: "crafty@example.test", body: text });
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect(form.getByRole("status")).toHaveText("Comments are closed on this article.");
    expect(storedWith(db, text)).toHaveLength(0);
  } finally {
    await context.close();
  }
});

test("one address is slowed down after five comments", async ({ browser, db }) => {
  const text = `Rate check ${uniqueSuffix()}`;
  const { context, page } = await reader(browser);
  try {
    await page.goto(`/articles/${OPEN}`);
    const form = commentForm(page);
    // Five honeypot posts use up the allowance without storing anything.
    for (let i = 0; i < 5; i++) {
      await fillComment(form, { name: "Busy", email: "busy@example.test", body: `${text} trap ${i}` });
      await form.locator('input[name="website"]').evaluate((input: HTMLInputElement) => (input.value = "x"));
      await form.getByRole("button", { name: "Post comment" }).click();
      await expect(form.getByRole("status")).toHaveText(AWAITING);
      await expect(form.getByLabel("Comment")).toHaveValue("");
    }
    await fillComment(form, { name: "Busy", email: "busy@example.test", body: `${text} real` });
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect(form.getByRole("status")).toHaveText(/wait ten minutes/);
    expect(storedWith(db, text)).toHaveLength(0);
  } finally {
    await context.close();
  }
});
