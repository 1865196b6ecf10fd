import { and, eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import type { DB } from "../db/client";
import { auditLog, comments, correctionDrafts, corrections } from "../db/schema";
import { contextAs, expect, storageStateFor, test, uniqueSuffix } from "./fixtures";
import { arrange, readerPage, removeArranged } from "./newsroom-helpers";

// From comment to newsroom: a moderator marks a reader's comment as a factual challenge, which
// opens a correction draft on the story; an editor edits it and publishes or dismisses it.
test.use({ storageState: storageStateFor("editor") });

test.afterEach(({ db }) => removeArranged(db));

/** A published story with one approved reader comment on it. */
function challengedStory(db: DB, name: string) {
  const story = arrange(db, name);
  const author = `Ruth ${uniqueSuffix()}`;
  const comment = db
    .insert(comments)
    .values({
      articleId: story.id,
      authorName: author,
      authorEmail: `ruth-${uniqueSuffix()}@example.test`,
      body: "The vote was 31 to 9, not 31 to 6: see the council minutes.",
      status: "approved",
      ipHash: `e2e-${uniqueSuffix()}`,
    })
    .returning({ id: comments.id })
    .get();
  return { ...story, commentId: comment.id, author };
}

function draftsOf(db: DB, articleId: number) {
  return db
    .select({ status: correctionDrafts.status, body: correctionDrafts.body, commentId: correctionDrafts.commentId })
    .from(correctionDrafts)
    .where(eq(correctionDrafts.articleId, articleId))
    .all();
}

const correctionsOn = (db: DB, articleId: number) =>
  db.select({ body: corrections.body }).from(corrections).where(eq(corrections.articleId, articleId)).all();

const draftCard = (page: Page) => page.getByRole("article", { name: "Correction draft from a reader's comment" });

test("a moderator's factual challenge opens a linked draft that an editor edits and publishes as a correction", async ({
  page,
  db,
  browser,
}) => {
  test.slow();
  const story = challengedStory(db, "challenged");
  const note = `Vote count wrong ${story.suffix}`;

  const moderator = await contextAs(browser, "moderator");
  try {
    const mod = await moderator.newPage();
    await mod.goto(`/admin/comments/${story.commentId}`);
    await mod.getByLabel("What the comment says is wrong in the story").fill(note);
    await mod.getByRole("button", { name: "Open a correction draft" }).click();
    await expect(mod.getByRole("status").last()).toHaveText(`Correction draft opened on “${story.headline}”. Editors see it on the story's edit page.`);
    await expect(mod.getByRole("list", { name: "Correction drafts from this comment" })).toContainText(`Draft waiting for an editor: “${note}”`);
    // A second press does not open a second draft.
    await mod.getByLabel("What the comment says is wrong in the story").fill(note);
    await mod.getByRole("button", { name: "Open a correction draft" }).click();
    await expect(mod.getByRole("status").last()).toHaveText("This comment already has a correction draft waiting for the editors.");
  } finally {
    await moderator.close();
  }
  expect(draftsOf(db, story.id)).toEqual([{ status: "open", body: note, commentId: story.commentId }]);

  // Readers see nothing of a draft.
  const reader = await readerPage(browser);
  try {
    await reader.page.goto(`/articles/${story.slug}`);
    await expect(reader.page.getByRole("heading", { name: "Corrections and updates" })).toHaveCount(0);

    // The editor finds it from the list of challenges, on the story's edit page.
    await page.goto("/admin/comments/challenges");
    const listed = page.getByRole("list", { name: "Factual challenges" }).getByRole("listitem").filter({ hasText: note });
    await expect(listed).toContainText("Draft waiting for an editor");
    await expect(listed.getByRole("link", { name: `Comment by ${story.author}` })).toHaveAttribute("href", `/admin/comments/${story.commentId}`);
    await listed.getByRole("link", { name: story.headline, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/articles/${story.id}/edit#correction-draft-\\d+$`));

    const card = draftCard(page);
    await expect(card).toContainText(note);
    await expect(card.getByRole("link", { name: `Comment by ${story.author}` })).toHaveAttribute("href", `/admin/comments/${story.commentId}`);
    const text = card.getByLabel("Text readers will see");
    await expect(text).toHaveValue(note);

    // Saved text stays a draft.
    const corrected = `The vote was 31 to 9, not 31 to 6 as first reported ${story.suffix}.`;
    await text.fill(corrected);
    await card.getByRole("button", { name: "Save draft" }).click();
    await expect(card.getByRole("status")).toHaveText("Draft saved. Readers see nothing until it is published.");
    await page.reload();
    await expect(draftCard(page).getByLabel("Text readers will see")).toHaveValue(corrected);
    expect(correctionsOn(db, story.id)).toEqual([]);

    // A blank text is refused and publishes nothing.
    await draftCard(page).getByLabel("Text readers will see").fill("  ");
    await draftCard(page).getByRole("button", { name: "Publish draft as correction" }).click();
    await expect(draftCard(page).getByText("Write what was wrong and what is right.")).toBeVisible();
    expect(correctionsOn(db, story.id)).toEqual([]);

    await draftCard(page).getByLabel("Text readers will see").fill(corrected);
    await draftCard(page).getByRole("button", { name: "Publish draft as correction" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Correction published." })).toBeVisible();
    await expect(draftCard(page)).toHaveCount(0);
    await expect(page.getByRole("list", { name: "Published corrections" })).toContainText(corrected);
    expect(correctionsOn(db, story.id)).toEqual([{ body: corrected }]);
    expect(draftsOf(db, story.id)).toEqual([{ status: "published", body: corrected, commentId: story.commentId }]);

    await reader.page.reload();
    await expect(reader.page.getByRole("complementary", { name: "Corrections and updates" })).toContainText(corrected);

    await page.goto("/admin/comments/challenges");
    await expect(page.getByRole("listitem").filter({ hasText: note })).toContainText("Published as a correction");
    await page.goto(`/admin/comments/${story.commentId}`);
    await expect(page.getByRole("list", { name: "Correction drafts from this comment" })).toContainText(`Published as a correction: “${note}”`);
  } finally {
    await reader.context.close();
  }
});

test("an editor dismisses a challenge that does not hold: nothing is published and the log says who", async ({
  page,
  db,
}) => {
  const story = challengedStory(db, "dismissed");
  const note = `Not an error ${story.suffix}`;
  db.insert(correctionDrafts).values({ articleId: story.id, commentId: story.commentId, note, body: note }).run();

  await page.goto(`/admin/articles/${story.id}/edit`);
  await draftCard(page).getByRole("button", { name: "Dismiss draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft dismissed. Readers see nothing." })).toBeVisible();
  await page.reload();
  await expect(draftCard(page)).toHaveCount(0);
  expect(correctionsOn(db, story.id)).toEqual([]);
  expect(draftsOf(db, story.id)).toMatchObject([{ status: "dismissed" }]);
  expect(
    db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.action, "article.correction-dismiss"), eq(auditLog.targetId, story.id)))
      .all(),
  ).toHaveLength(1);

  await page.goto("/admin/comments/challenges");
  await expect(page.getByRole("listitem").filter({ hasText: note })).toContainText("Dismissed by an editor");
});
