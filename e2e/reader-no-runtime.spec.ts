import { eq, like } from "drizzle-orm";
import type { BrowserContext, Page } from "@playwright/test";
import { comments } from "../db/schema";
import { expect, test, uniqueSuffix } from "./fixtures";

// In production the front server strips Next's scripts from reader pages: every reader feature
// must then work with public/reader.js alone. These tests strip them the same way.
const ARTICLE = "riverside-flood-barrier-approved";
const AWAITING = "Thanks, your comment is awaiting moderation.";
const PARENT_BODY =
  "Thank you for reporting this properly. Riverside has waited a very long time for this decision.";
// A desktop browser's user agent: the view counter ignores headless browsers (the beacon is still sent).
const READER_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

const NEXT_SCRIPT = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*>\s*<\/script>/g;
const FLIGHT_SCRIPT = /<script\b[^>]*>\s*\(?self\.__next_f[\s\S]*?<\/script>/g;

/** The page's HTML as the front server will send it: no Next chunk scripts, no RSC payload. */
function stripNextScripts(html: string): string {
  return html.replace(NEXT_SCRIPT, "").replace(FLIGHT_SCRIPT, "");
}

let ipBlock = Math.floor(Math.random() * 250);
/** A reader whose every page (document) arrives stripped; an address of their own for the comment limit. */
async function strippedReader(context: BrowserContext): Promise<Page> {
  await context.setExtraHTTPHeaders({
    "x-forwarded-for": `198.18.${ipBlock}.${Math.floor(Math.random() * 250) + 1}`,
  });
  ipBlock = (ipBlock + 1) % 250;
  await context.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.fallback();
    const response = await route.fetch();
    const html = stripNextScripts(await response.text());
    const headers = { ...response.headers() };
    delete headers["content-length"];
    delete headers["content-encoding"];
    await route.fulfill({ response, headers, body: html });
  });
  return context.newPage();
}

/** Proof that no React runs: neither Next's chunks nor the RSC payload made it into the page. */
async function expectNoNextRuntime(page: Page) {
  const html = await page.content();
  expect(html).not.toMatch(/<script[^>]+src="\/_next\//);
  expect(html).not.toContain("self.__next_f");
  expect(await page.evaluate(() => "__next_f" in self || "next" in window)).toBe(false);
  await expect(page.locator('script[src^="/reader.js?v="]')).toHaveCount(1);
}

test.describe("reader pages without Next's scripts", () => {
  test.use({ userAgent: READER_UA });

  test("the comment form posts, shows the outcome and keeps text on a validation error", async ({
    context,
    db,
  }) => {
    const text = `No-runtime comment ${uniqueSuffix()}`;
    const page = await strippedReader(context);
    await page.goto(`/articles/${ARTICLE}`);
    await expectNoNextRuntime(page);
    const form = page.getByRole("form", { name: "Leave a comment" });
    await form.getByLabel("Name").fill("Stella Static");
    await form.getByLabel("Email").fill("stella@example.test");
    await form.getByLabel("Comment").fill(text);
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect(form.getByRole("status")).toHaveText(AWAITING);
    await expect(form.getByLabel("Comment")).toHaveValue("");
    await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE}$`));
    expect(
      db
        .select()
        .from(comments)
        .where(like(comments.body, `%${text}%`))
        .all(),
    ).toMatchObject([{ status: "pending" }]);

    // A bad email: the error sits under the field, and what was typed stays.
    const kept = `${text} second try`;
    await form.getByLabel("Name").fill("Stella Static");
    await form.getByLabel("Email").fill("not-an-email");
    await form.getByLabel("Comment").fill(kept);
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect(form.getByRole("status")).toHaveText("Please correct the highlighted fields.");
    await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Email")).toHaveAccessibleDescription(/Enter a valid email address\./);
    await expect(form.getByLabel("Comment")).toHaveValue(kept);
    await expect(form.getByLabel("Name")).not.toHaveAttribute("aria-invalid");
    await expect(form.getByRole("button", { name: "Post comment" })).toBeEnabled();
    expect(
      db
        .select()
        .from(comments)
        .where(like(comments.body, `%${kept}%`))
        .all(),
    ).toHaveLength(0);
  });

  test("Reply moves the form under the comment, Cancel reply puts it back, and a reply posts", async ({
    context,
    db,
  }) => {
    const parent = db
      .select({ id: comments.id, name: comments.authorName })
      .from(comments)
      .where(eq(comments.body, PARENT_BODY))
      .get()!;
    const text = `No-runtime reply ${uniqueSuffix()}`;
    const page = await strippedReader(context);
    await page.goto(`/articles/${ARTICLE}`);
    await expectNoNextRuntime(page);
    const link = page
      .locator(`#comment-${parent.id} > article`)
      .getByRole("link", { name: `Reply to ${parent.name}` });
    const underComment = page.locator(`#comment-${parent.id} > article + #comment-form`);
    const newComment = page.getByRole("form", { name: "Leave a comment" });
    const replyForm = page.getByRole("form", { name: `Reply to ${parent.name}` });

    await link.click();
    await expect(underComment).toHaveCount(1);
    await expect(replyForm.getByRole("heading")).toBeFocused();
    await expect(replyForm.locator('input[name="parentId"]')).toHaveValue(String(parent.id));
    await replyForm.getByLabel("Comment").fill(text);
    await replyForm.getByRole("button", { name: "Cancel reply" }).click();

    // Back at the end of the thread as a new comment; what was typed stays, focus returns to the link.
    await expect(underComment).toHaveCount(0);
    await expect(page.locator("section[aria-labelledby=comments-heading] > #comment-form")).toHaveCount(1);
    await expect(newComment.locator('input[name="parentId"]')).toHaveValue("");
    await expect(newComment.getByRole("button", { name: "Post comment" })).toBeVisible();
    await expect(newComment.getByRole("button", { name: "Cancel reply" })).toBeHidden();
    await expect(newComment.getByLabel("Comment")).toHaveValue(text);
    await expect(link).toBeFocused();

    await link.click();
    await replyForm.getByLabel("Name").fill("Stella Static");
    await replyForm.getByLabel("Email").fill("stella@example.test");
    await replyForm.getByRole("button", { name: "Post reply" }).click();
    await expect(newComment.getByRole("status")).toHaveText(AWAITING);
    await expect(underComment).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE}$`));
    expect(
      db
        .select()
        .from(comments)
        .where(like(comments.body, `%${text}%`))
        .all(),
    ).toMatchObject([{ status: "pending", parentId: parent.id }]);
  });

  test("the theme switch shows, switches and is remembered after a reload", async ({ context }) => {
    const page = await strippedReader(context);
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/");
    await expectNoNextRuntime(page);
    const html = page.locator("html");
    const themes = page.getByRole("group", { name: "Theme" });
    await expect(themes).toBeVisible();
    await expect(themes.getByRole("button", { name: "System" })).toHaveAttribute("aria-pressed", "true");
    await themes.getByRole("button", { name: "Dark" }).click();
    await expect(html).toHaveAttribute("data-theme", "dark");
    await expect(themes.getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");
    await expect(themes.getByRole("button", { name: "System" })).toHaveAttribute("aria-pressed", "false");

    await page.reload();
    await expect(html).toHaveAttribute("data-theme", "dark");
    await expect(themes.getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");
    await themes.getByRole("button", { name: "Light" }).click();
    await expect(html).toHaveAttribute("data-theme", "light");
  });

  test("copy link, today's date and the view beacon work", async ({ context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const page = await strippedReader(context);
    const beacon = page.waitForRequest((r) => r.url().endsWith("/api/views") && r.method() === "POST");
    await page.goto(`/articles/${ARTICLE}`);
    await expectNoNextRuntime(page);
    expect((await beacon).postData()).toBe(ARTICLE);

    const today = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    const date = page.getByRole("banner").locator("time");
    await expect(date).toHaveText(today.format(new Date()));
    await expect(date).toHaveAttribute("datetime", new Date().toISOString().slice(0, 10));

    const share = page.getByRole("region", { name: "Share this story" });
    await expect(share.getByRole("link", { name: "Link to this story" })).toBeHidden();
    await share.getByRole("button", { name: "Copy link" }).click();
    await expect(share.getByRole("status")).toHaveText("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`/articles/${ARTICLE}$`),
    );
  });
});

test.describe("the comment form without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("posts as a plain form and lands on the comment's private status page", async ({ context, db }) => {
    const text = `No-JS received ${uniqueSuffix()}`;
    await context.setExtraHTTPHeaders({ "x-forwarded-for": `198.19.${Math.floor(Math.random() * 250)}.7` });
    const page = await context.newPage();
    await page.goto(`/articles/${ARTICLE}`);
    // Nothing the script would add: no date, no copy button, the theme switch stays invisible.
    await expect(page.getByRole("banner").locator("time")).toHaveCount(0);
    await expect(page.getByRole("group", { name: "Theme" })).toBeHidden();
    const form = page.getByRole("form", { name: "Leave a comment" });
    await form.getByLabel("Name").fill("Nadia NoScript");
    await form.getByLabel("Email").fill("nadia@example.test");
    await form.getByLabel("Comment").fill(text);
    await form.getByRole("button", { name: "Post comment" }).click();

    await expect(page).toHaveURL(/\/comments\/status\/[A-Za-z0-9_-]{16,}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your comment");
    await expect(page.getByRole("heading", { name: "Awaiting moderation" })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.locator(`a[href="/articles/${ARTICLE}"]`).first()).toBeVisible();
    expect(
      db
        .select()
        .from(comments)
        .where(like(comments.body, `%${text}%`))
        .all(),
    ).toMatchObject([{ status: "pending", authorName: "Nadia NoScript" }]);
  });
});
