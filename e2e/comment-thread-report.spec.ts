import { eq } from "drizzle-orm";
import { comments } from "../db/schema";
import { expect, test } from "./fixtures";
import { createStory, newToken, reportCountOf, threadReader } from "./comment-thread-helpers";

// Reports (repeats count once), the commenter's private status link with its one appeal, and
// the returning commenter's own comment marked as awaiting moderation.

test("a report with JavaScript opens in place, and a second one from the same reader counts once", async ({
  browser,
  db,
}) => {
  const story = createStory(db);
  const target = story.comment({ name: "Troll", body: "Buy cheap watches" });
  const { context, page } = await threadReader(browser);
  try {
    await page.goto(story.path);
    const comment = page.locator(`#comment-${target} > article`);
    const link = comment.getByRole("link", { name: "Report the comment by Troll" });
    await link.click();
    const form = comment.getByRole("form", { name: "Report this comment" });
    await expect(form.getByRole("heading", { name: "Report this comment" })).toBeFocused();
    await expect(link).toHaveAttribute("aria-expanded", "true");
    // Escape closes it and gives focus back to the link.
    await page.keyboard.press("Escape");
    await expect(form).toHaveCount(0);
    await expect(link).toBeFocused();

    await link.click();
    await form.getByRole("radio", { name: "Spam or advertising" }).check();
    await form.getByLabel("Details (optional)").fill("Advert");
    await form.getByRole("button", { name: "Send report" }).click();
    await expect(comment.getByRole("status")).toHaveText("Thank you. A moderator will look at this comment.");
    await expect(comment.getByRole("status")).toBeFocused();
    expect(reportCountOf(db, target)).toBe(1);

    await link.click();
    await form.getByRole("radio", { name: "Abusive, hateful or threatening" }).check();
    await form.getByRole("button", { name: "Send report" }).click();
    await expect(comment.getByRole("status")).toHaveText(/already reported this comment/);
    expect(reportCountOf(db, target)).toBe(1);
  } finally {
    await context.close();
    story.remove();
  }
});

test("without JavaScript, Report opens the report page, which thanks the reader once", async ({
  browser,
  db,
}) => {
  const story = createStory(db);
  const target = story.comment({ name: "Rude", body: "You are all idiots" });
  const { context, page } = await threadReader(browser, { javaScriptEnabled: false });
  try {
    await page.goto(story.path);
    await page
      .locator(`#comment-${target} > article`)
      .getByRole("link", { name: "Report the comment by Rude" })
      .click();
    await expect(page).toHaveURL(`/comments/${target}/report`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.getByRole("article", { name: "Comment by Rude" })).toContainText("You are all idiots");
    const form = page.getByRole("form", { name: "Report this comment" });
    await form.getByRole("radio", { name: "Abusive, hateful or threatening" }).check();
    await form.getByRole("button", { name: "Send report" }).click();
    await expect(page).toHaveURL(`/comments/${target}/report?outcome=reported`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you");
    expect(reportCountOf(db, target)).toBe(1);

    await page.goto(`/comments/${target}/report`);
    await form.getByRole("radio", { name: "Off-topic" }).check();
    await form.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByRole("status")).toContainText("already reported this comment");
    expect(reportCountOf(db, target)).toBe(1);
    // Only visible comments can be reported.
    const held = story.comment({ name: "Held", status: "pending" });
    expect((await page.request.get(`/comments/${held}/report`)).status()).toBe(404);
  } finally {
    await context.close();
    story.remove();
  }
});

test("a cross-site report is refused", async ({ request, db }) => {
  const story = createStory(db);
  const target = story.comment({ name: "Someone" });
  try {
    const response = await request.post("/api/comments/report", {
      form: { commentId: String(target), reason: "spam" },
      headers: { Origin: "https://evil.example", Accept: "application/json" },
    });
    expect(response.status()).toBe(403);
    expect(reportCountOf(db, target)).toBe(0);
  } finally {
    story.remove();
  }
});

test("the private status page tells pending, published and rejected, and takes one appeal", async ({
  browser,
  db,
}) => {
  const story = createStory(db);
  const tokens = { pending: newToken(), approved: newToken(), rejected: newToken() };
  story.comment({ name: "Wendy", status: "pending", token: tokens.pending, body: "Still waiting" });
  const published = story.comment({ name: "Wendy", token: tokens.approved });
  story.comment({
    name: "Wendy",
    status: "rejected",
    token: tokens.rejected,
    reason: "Off-topic",
    body: "About football",
  });
  const { context, page } = await threadReader(browser, { javaScriptEnabled: false });
  try {
    const pending = await page.goto(`/comments/status/${tokens.pending}`);
    expect(pending?.headers()["cache-control"]).toMatch(/private, no-store/);
    expect(pending?.headers()["x-gazette-cache"]).not.toMatch(/HIT|MISS/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.getByRole("heading", { name: "Awaiting moderation" })).toBeVisible();
    await expect(page.getByRole("article", { name: "Your comment" })).toContainText("Still waiting");
    await expect(page.getByRole("form", { name: "Appeal this decision" })).toHaveCount(0);

    await page.goto(`/comments/status/${tokens.approved}`);
    await expect(page.getByRole("heading", { name: "Published" })).toBeVisible();
    await page.getByRole("link", { name: "See your comment" }).click();
    await expect(page).toHaveURL(`${story.path}#comment-${published}`);

    await page.goto(`/comments/status/${tokens.rejected}`);
    await expect(page.getByRole("heading", { name: "Not published" })).toBeVisible();
    await expect(page.getByText("The moderator’s reason: Off-topic")).toBeVisible();
    const appeal = page.getByRole("form", { name: "Appeal this decision" });
    await appeal.getByLabel("Your message").fill("It was about the stadium flood barrier.");
    await appeal.getByRole("button", { name: "Send appeal" }).click();
    await expect(page.getByRole("status")).toContainText("Your appeal has been sent");
    await expect(
      page.getByText(/You appealed on .* A moderator will look at the decision again\./),
    ).toBeVisible();
    await expect(appeal).toHaveCount(0);

    const again = await page.request.post("/api/comments/appeal", {
      form: { token: tokens.rejected, message: "Please" },
      headers: { Accept: "application/json" },
    });
    expect(again.status()).toBe(409);
    expect((await again.json()).message).toMatch(/already appealed/);
    const status = await page.request.get(`/api/comments/status?token=${tokens.rejected}`);
    expect(await status.json()).toEqual({ status: "rejected", reason: "Off-topic", url: null });
    expect((await page.request.get(`/comments/status/${newToken()}`)).status()).toBe(404);
  } finally {
    await context.close();
    story.remove();
  }
});

test("a returning commenter sees their own pending comment marked, as text, until it is decided", async ({
  browser,
  db,
}) => {
  const story = createStory(db);
  const token = newToken();
  const body = "My <b>pending</b> thought";
  const id = story.comment({ name: "Omar", status: "pending", token, body });
  const { context, page } = await threadReader(browser);
  try {
    await context.addInitScript(
      ([entry]) => {
        if (!localStorage.getItem("gazette-own-comments"))
          localStorage.setItem("gazette-own-comments", JSON.stringify([entry]));
      },
      [{ articlePath: story.path, token, name: "Omar", body, time: new Date().toISOString() }],
    );
    await page.goto(story.path);
    const mark = page.locator("[data-own-comment]");
    await expect(mark).toContainText("Your comment — awaiting moderation");
    await expect(mark).toContainText(body);
    await expect(mark.locator("b")).toHaveCount(0);
    await expect(mark.getByRole("link", { name: "Follow its status" })).toHaveAttribute(
      "href",
      `/comments/status/${token}`,
    );

    db.update(comments).set({ status: "approved" }).where(eq(comments.id, id)).run();
    await page.reload();
    await expect(page.getByRole("heading", { name: /^Comments/ })).toBeVisible();
    await expect.poll(() => page.evaluate(() => localStorage.getItem("gazette-own-comments"))).toBe("[]");
    await expect(mark).toHaveCount(0);
  } finally {
    await context.close();
    story.remove();
  }
});
