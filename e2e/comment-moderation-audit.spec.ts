import { cleanUpComments, commenter, deskFor, insertComment, openDesk, theArticle } from "./comment-moderation-helpers";
import { expect, storageStateFor, test } from "./fixtures";

// The audit log is the admin's; admins moderate too.
test.use({ storageState: storageStateFor("admin") });
test.describe.configure({ timeout: 60_000 });
test.afterEach(({ db }) => cleanUpComments(db));

test("moderation decisions sit in the audit log next to editorial actions, filtered by story and by comment", async ({ page, db }) => {
  const who = commenter("Mae");
  const comment = insertComment(db, who);
  const { id: storyId, headline } = theArticle(db);
  await openDesk(page, deskFor(who.email));
  await page.getByRole("button", { name: `Spam comment by ${who.name}` }).click();
  await expect(page.getByRole("status")).toHaveText(`Marked the comment by ${who.name} as spam.`);

  await page.goto("/admin/audit");
  await page.getByLabel("Story").selectOption(String(storyId));
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`story=${storyId}`));
  const rows = page.getByRole("table").getByRole("row");
  const entry = rows.filter({ hasText: `Marked as spam a comment by ${who.name}` });
  await expect(entry).toContainText("Comment marked as spam");
  await expect(entry).toContainText(headline);
  // Every entry shown is about this story.
  const stories = await page.getByRole("table").getByRole("row").locator("td:nth-child(5)").allInnerTexts();
  expect(stories.every((s) => s.startsWith(headline))).toBe(true);

  await entry.getByRole("link", { name: `Comment history of comment #${comment.id}` }).click();
  await expect(page).toHaveURL(new RegExp(`comment=${comment.id}`));
  await expect(page.getByLabel("Comment number")).toHaveValue(String(comment.id));
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("Comment marked as spam");

  // And by person: the admin made it, the moderator did not.
  await page.getByLabel("Done by").selectOption({ label: "Jun Okafor" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No entries match these filters.")).toBeVisible();
  await page.getByLabel("Done by").selectOption({ label: "Morgan Hale" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(rows).toHaveCount(2);
});
