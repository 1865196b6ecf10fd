import { expect, test } from "./fixtures";
import { createStory, threadReader } from "./comment-thread-helpers";

// The reader's conversation: nesting, featured comments, permalinks, sort orders, pages, counts
// and what the form says about moderation. Each test writes a story of its own (see helpers).

test("replies nest three deep, deeper ones say whom they answer, featured comments come first", async ({
  browser,
  db,
}) => {
  const story = createStory(db);
  const a = story.comment({ name: "Ada", featured: true, body: "The barrier is overdue." });
  const b = story.comment({ name: "Ben", parentId: a });
  const c = story.comment({ name: "Cleo", parentId: b });
  const d = story.comment({ name: "Dev", parentId: c, body: "Deep reply to Cleo." });
  story.comment({ name: "Pat", status: "pending" });
  const { context, page } = await threadReader(browser);
  try {
    await page.goto(story.path);
    await expect(page.getByRole("heading", { name: "Comments (4)" })).toBeVisible();
    // Three levels of lists, and Dev shown beside Cleo (third level) saying whom they answer.
    await expect(page.locator(`#comment-${a} > ol > li#comment-${b} > ol > li#comment-${c}`)).toHaveCount(1);
    await expect(page.locator(`#comment-${b} > ol > li#comment-${d}`)).toHaveCount(1);
    await expect(page.locator(`#comment-${d} > article`)).toContainText("Dev replying to Cleo");
    await expect(page.locator(`#comment-${c} > article`)).not.toContainText("replying to");

    const featured = page.getByRole("region", { name: "Featured" });
    await expect(featured.getByRole("article", { name: "Featured comment by Ada" })).toContainText(
      "The barrier is overdue.",
    );
    await expect(page.locator(`#comment-${a} > article`)).toContainText("Featured");

    // The permalink: a Link on each comment, and /comments/<id> leads to its page and anchor.
    const link = page
      .locator(`#comment-${d} > article`)
      .getByRole("link", { name: "Link to the comment by Dev" });
    await expect(link).toHaveAttribute("href", `/comments/${d}`);
    await link.click();
    await expect(page).toHaveURL(`${story.path}#comment-${d}`);
    expect((await page.request.get(`/comments/999999999`)).status()).toBe(404);
  } finally {
    await context.close();
    story.remove();
  }
});

for (const javaScriptEnabled of [false, true]) {
  test(`sort orders and pages of a long thread ${javaScriptEnabled ? "with" : "without"} JavaScript`, async ({
    browser,
    db,
  }) => {
    const story = createStory(db);
    const ids: number[] = [];
    for (let i = 1; i <= 55; i++) ids.push(story.comment({ name: `Reader ${i}` }));
    story.comment({ name: "Replier one", parentId: ids[1] });
    story.comment({ name: "Replier two", parentId: ids[1] });
    const { context, page } = await threadReader(browser, { javaScriptEnabled });
    const items = page.locator("[data-comment-list] > li");
    try {
      await page.goto(story.path);
      await expect(page.getByRole("heading", { name: "Comments (57)" })).toBeVisible();
      await expect(items).toHaveCount(50);
      await expect(items.first()).toHaveAttribute("id", `comment-${ids[0]}`);
      const more = page.getByRole("link", { name: "Load more comments" });
      await expect(more).toHaveAttribute("href", `${story.path}/comments/oldest/2#comments`);
      await more.click();
      if (javaScriptEnabled) {
        // Appended in place: the address stays, focus goes to the first new comment, no more link.
        await expect(items).toHaveCount(55);
        await expect(page).toHaveURL(story.path);
        await expect(page.locator(`#comment-${ids[50]} > article`)).toBeFocused();
        await expect(more).toHaveCount(0);
      } else {
        await expect(page).toHaveURL(`${story.path}/comments/oldest/2#comments`);
        await expect(items).toHaveCount(5);
        await expect(items.first()).toHaveAttribute("id", `comment-${ids[50]}`);
        await expect(page.getByRole("link", { name: "Previous comments" })).toHaveAttribute(
          "href",
          `${story.path}#comments`,
        );
      }

      const sort = page.getByRole("navigation", { name: "Sort comments" });
      await sort.getByRole("link", { name: "Newest first" }).click();
      await expect(page).toHaveURL(`${story.path}/comments/newest/1#comments`);
      await expect(items.first()).toHaveAttribute("id", `comment-${ids[54]}`);
      await expect(sort.getByRole("link", { name: "Newest first" })).toHaveAttribute("aria-current", "true");
      await page
        .getByRole("navigation", { name: "Sort comments" })
        .getByRole("link", { name: "Most replied" })
        .click();
      await expect(page).toHaveURL(`${story.path}/comments/replies/1#comments`);
      await expect(items.first()).toHaveAttribute("id", `comment-${ids[1]}`);
      await expect(page.locator(`#comment-${ids[1]} > ol > li`)).toHaveCount(2);

      // A comment on page 2 has its permalink there; junk orders and pages past the end are 404s.
      await page.goto(`/comments/${ids[52]}`);
      await expect(page).toHaveURL(`${story.path}/comments/oldest/2#comment-${ids[52]}`);
      for (const bad of ["oldest/3", "popular/1", "oldest/0", "newest/abc"])
        expect((await page.request.get(`${story.path}/comments/${bad}`)).status(), bad).toBe(404);
    } finally {
      await context.close();
      story.remove();
    }
  });
}

test("comment counts show on the article and on its cards in lists", async ({ browser, db }) => {
  const story = createStory(db);
  story.comment({ name: "One" });
  story.comment({ name: "Two" });
  story.comment({ name: "Held", status: "pending" });
  story.comment({ name: "Gone", status: "rejected" });
  const { context, page } = await threadReader(browser, { javaScriptEnabled: false });
  try {
    await page.goto(story.tagPath);
    const count = page.getByRole("link", { name: `2 comments on ${story.headline}` });
    await expect(count).toHaveAttribute("href", `${story.path}#comments`);
    await count.click();
    await expect(page.getByRole("heading", { name: "Comments (2)" })).toBeVisible();
  } finally {
    await context.close();
    story.remove();
  }
});

const NOTES = [
  { mode: "pre", says: "reviewed by a moderator before they appear" },
  { mode: "post", says: "appear at once. Moderators review them afterwards" },
  { mode: "default", says: null },
] as const;
for (const { mode, says } of NOTES) {
  test(`the form says how a ${mode}-moderated story treats comments`, async ({ browser, db }) => {
    const story = createStory(db, { mode });
    const { context, page } = await threadReader(browser, { javaScriptEnabled: false });
    try {
      await page.goto(story.path);
      const form = page.getByRole("form", { name: "Leave a comment" });
      await expect(form).toBeVisible();
      if (says) await expect(form).toContainText(says);
      else await expect(form).not.toContainText(/before they appear|appear at once/);
    } finally {
      await context.close();
      story.remove();
    }
  });
}

test("a closed story shows the message instead of the form, and no Reply links", async ({ browser, db }) => {
  const story = createStory(db, { open: false });
  const a = story.comment({ name: "Early" });
  const { context, page } = await threadReader(browser, { javaScriptEnabled: false });
  try {
    await page.goto(story.path);
    await expect(page.getByText("Comments are closed on this article.")).toBeVisible();
    await expect(page.getByRole("form", { name: "Leave a comment" })).toHaveCount(0);
    await expect(page.locator(`#comment-${a}`).getByRole("link", { name: /^Reply/ })).toHaveCount(0);
    await expect(page.locator(`#comment-${a}`).getByRole("link", { name: /^Report/ })).toBeVisible();
  } finally {
    await context.close();
    story.remove();
  }
});
