import { eq } from "drizzle-orm";
import { articles, auditLog, commentAppeals, commentReports } from "../db/schema";
import { DEFAULT_REJECT_REASONS } from "../lib/moderation/settings";
import {
  ARTICLE_URL,
  appeal,
  claimOf,
  cleanUpComments,
  commenter,
  decisionsOf,
  deskFor,
  openDesk,
  insertComment,
  item,
  report,
  staffId,
  stateOf,
  theArticle,
} from "./comment-moderation-helpers";
import { contextAs, expect, storageStateFor, test } from "./fixtures";

test.use({ storageState: storageStateFor("moderator") });
// Several page loads and two browser contexts per test, on cores shared with other suites.
test.describe.configure({ timeout: 60_000 });
test.afterEach(({ db }) => cleanUpComments(db));

test("approving a pending comment publishes it on the cached article page and records who did it", async ({ page, db, browser }) => {
  const who = commenter("Ada");
  const comment = insertComment(db, who, { minutesAgo: 75 });
  const reader = await contextAs(browser, null);
  try {
    const readerPage = await reader.newPage();
    // Also primes the article's cache, so seeing the comment later proves revalidation.
    await readerPage.goto(ARTICLE_URL);
    await expect(readerPage.getByText(comment.body)).toHaveCount(0);

    await openDesk(page, deskFor(who.email));
    const row = item(page, who.name);
    await expect(row).toContainText(theArticle(db).headline);
    await expect(row).toContainText("Waiting 1 h");
    await expect(row.getByRole("link", { name: `${theArticle(db).headline} (opens in a new tab)` })).toHaveAttribute("href", ARTICLE_URL);
    await page.getByRole("button", { name: `Approve comment by ${who.name}` }).click();
    await expect(page.getByRole("status")).toHaveText(`Approved the comment by ${who.name}.`);
    await expect(row).toHaveCount(0);
    expect(stateOf(db, comment.id)).toMatchObject({ status: "approved", by: staffId(db, "moderator") });
    expect(decisionsOf(db, comment.id)).toEqual([{ action: "approve", undone: false, actorId: staffId(db, "moderator") }]);

    await readerPage.reload();
    await expect(readerPage.getByText(comment.body)).toBeVisible();
  } finally {
    await reader.close();
  }
});

test("a rejection asks for a reason from the settings' list or a custom one", async ({ page, db }) => {
  const who = commenter("Basil");
  const listed = insertComment(db, who, { minutesAgo: 9 });
  const custom = insertComment(db, who, { minutesAgo: 8 });
  await openDesk(page, deskFor(who.email));

  await item(page, who.name).first().getByRole("button", { name: `Reject comment by ${who.name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Reject the comment by ${who.name}` });
  await dialog.getByRole("radio", { name: new RegExp(DEFAULT_REJECT_REASONS[2]!) }).check();
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByRole("status")).toHaveText(`Rejected the comment by ${who.name}.`);
  expect(stateOf(db, listed.id)).toMatchObject({ status: "rejected", reason: DEFAULT_REJECT_REASONS[2] });

  await page.getByRole("button", { name: `Reject comment by ${who.name}` }).click();
  await dialog.getByRole("textbox", { name: "Other reason" }).fill("Repeats a claim the court struck out");
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByText("No pending comments.")).toBeVisible();
  await expect.poll(() => stateOf(db, custom.id)).toMatchObject({ status: "rejected", reason: "Repeats a claim the court struck out" });

  await openDesk(page, deskFor(who.email, "rejected"));
  await expect(page.getByText("Reason given: Repeats a claim the court struck out")).toBeVisible();
});

test("report → reported queue with reasons and counts → reject, resolving the reports", async ({ page, db, browser }) => {
  const who = commenter("Cleo");
  const comment = insertComment(db, who, { status: "approved" });
  report(db, comment.id, ["abuse", "abuse", "off-topic"]);
  const reader = await contextAs(browser, null);
  try {
    const readerPage = await reader.newPage();
    await openDesk(page, deskFor(who.email));
    await expect(page.getByRole("link", { name: /^Reported \(1\)$/ })).toBeVisible();
    await page.getByRole("link", { name: /^Reported \(1\)$/ }).click();
    const row = item(page, who.name);
    await expect(row).toContainText("Reported: abuse ×2, off-topic ×1");
    await row.getByRole("button", { name: `Reject comment by ${who.name}` }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("radio", { name: new RegExp(DEFAULT_REJECT_REASONS[0]!) }).check();
    await dialog.getByRole("button", { name: "Reject" }).click();
    await expect(page.getByRole("status")).toHaveText(`Rejected the comment by ${who.name}.`);
    await expect(page.getByRole("link", { name: /^Reported \(0\)$/ })).toBeVisible();
    expect(stateOf(db, comment.id)).toMatchObject({ status: "rejected", reportCount: 0 });
    const open = db.select().from(commentReports).where(eq(commentReports.commentId, comment.id)).all();
    expect(open.every((r) => r.resolvedAt !== null)).toBe(true);

    await readerPage.goto(ARTICLE_URL);
    await expect(readerPage.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(readerPage.getByText(comment.body)).toHaveCount(0);
  } finally {
    await reader.close();
  }
});

test("bulk: select all on the page and approve them at once", async ({ page, db }) => {
  const who = commenter("Dmitri");
  const ids = [1, 2, 3].map((n) => insertComment(db, who, { minutesAgo: 10 - n }).id);
  await openDesk(page, deskFor(who.email));
  await expect(page.getByRole("article")).toHaveCount(3);
  await page.getByRole("checkbox", { name: "Select all on this page" }).check();
  await expect(page.getByText("3 selected")).toBeVisible();
  await page.getByRole("button", { name: "Approve selected" }).click();
  await expect(page.getByRole("status")).toHaveText("Approved 3 comments.");
  await expect(page.getByText("No pending comments.")).toBeVisible();
  for (const id of ids) expect(stateOf(db, id)?.status).toBe("approved");
});

test("keyboard only: help overlay, then j/a/r/s clear the queue without a reload", async ({ page, db }) => {
  const who = commenter("Esme");
  const ids = [4, 3, 2, 1].map((m) => insertComment(db, who, { minutesAgo: m * 10 }).id);
  await openDesk(page, deskFor(who.email));
  await expect(page.getByRole("article")).toHaveCount(4);

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("Reject, with a reason");
  await expect(help.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // A reload would lose this marker: the queue must clear in place.
  await page.evaluate(() => ((window as unknown as { deskMarker: boolean }).deskMarker = true));
  await page.keyboard.press("j");
  await expect(page.getByRole("article").first()).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await page.keyboard.press("a");
  await expect(page.getByRole("status")).toHaveText(`Approved the comment by ${who.name}.`);
  await expect(page.getByRole("article")).toHaveCount(3);
  await expect(page.getByRole("article").first()).toBeFocused();
  await page.keyboard.press("r");
  const reasons = page.getByRole("dialog", { name: /^Reject/ });
  await expect(reasons).toBeVisible();
  await page.keyboard.press("2");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText(`Rejected the comment by ${who.name}.`);
  await page.keyboard.press("s");
  await expect(page.getByRole("status")).toHaveText(`Marked the comment by ${who.name} as spam.`);
  await page.keyboard.press("a");
  await expect(page.getByText("No pending comments.")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { deskMarker?: boolean }).deskMarker)).toBe(true);

  // The last decision may still be on its way: the list clears before the server answers.
  await expect.poll(() => ids.map((id) => stateOf(db, id)?.status)).toEqual(["approved", "rejected", "spam", "approved"]);
  expect(stateOf(db, ids[1]!)?.reason).toBe(DEFAULT_REJECT_REASONS[1]);
});

test("undo takes back the last decision and records it", async ({ page, db }) => {
  const who = commenter("Farah");
  const comment = insertComment(db, who);
  await openDesk(page, deskFor(who.email));
  await page.getByRole("button", { name: `Spam comment by ${who.name}` }).click();
  await expect(page.getByRole("status")).toHaveText(`Marked the comment by ${who.name} as spam.`);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(`Undid the last decision on the comment by ${who.name}.`);
  await expect(item(page, who.name)).toBeVisible();
  expect(stateOf(db, comment.id)?.status).toBe("pending");
  const mod = staffId(db, "moderator");
  expect(decisionsOf(db, comment.id)).toEqual([
    { action: "spam", undone: true, actorId: mod },
    { action: "undo", undone: false, actorId: mod },
  ]);
  const audit = db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, comment.id)).all();
  expect(audit.map((a) => a.action).sort()).toEqual(["comment.spam", "comment.undo"]);
});

test("a held comment says why and highlights the suspect word, as text", async ({ page, db }) => {
  const who = commenter("Gus");
  insertComment(db, who, {
    body: "You <b>idiot</b>, the IDIOT plan failed",
    ruleHits: [{ rule: "suspect-word", detail: "idiot" }],
  });
  await openDesk(page, deskFor(who.email));
  const row = item(page, who.name);
  await expect(row.getByText("Held: suspect word 'idiot'")).toBeVisible();
  await expect(row.locator("mark")).toHaveText(["idiot", "IDIOT"]);
  // The markup in the comment stays text.
  await expect(row.locator("b")).toHaveCount(0);
  await expect(row).toContainText("<b>");
});

test("a second moderator sees the claim, skips it with j, and cannot decide it", async ({ page, db, browser }) => {
  const who = commenter("Hana");
  const first = insertComment(db, who, { minutesAgo: 20 });
  insertComment(db, who, { minutesAgo: 10 });
  await openDesk(page, deskFor(who.email));
  await page.keyboard.press("j");
  await expect.poll(() => claimOf(db, first.id) !== undefined).toBe(true);

  const editor = await contextAs(browser, "editor");
  try {
    const other = await editor.newPage();
    await openDesk(other, deskFor(who.email));
    const claimed = other.getByRole("article").first();
    await expect(claimed).toContainText("Being reviewed by Jun Okafor");
    await other.keyboard.press("j");
    await expect(other.getByRole("article").nth(1)).toBeFocused();
    await claimed.getByRole("button", { name: `Approve comment by ${who.name}` }).click();
    await expect(other.getByRole("status")).toHaveText(/^Being reviewed by Jun Okafor/);
    expect(stateOf(db, first.id)?.status).toBe("pending");

    // The decision releases the claim.
    await page.keyboard.press("a");
    await expect(page.getByRole("status")).toHaveText(`Approved the comment by ${who.name}.`);
    expect(claimOf(db, first.id) !== undefined).toBe(false);
  } finally {
    await editor.close();
  }
});

test("appeals: the message and waiting time, then publish", async ({ page, db }) => {
  const who = commenter("Ivo");
  const comment = insertComment(db, who, { status: "rejected" });
  appeal(db, comment.id, "I was quoting the council, not insulting anyone.");
  await openDesk(page, deskFor(who.email, "appeals"));
  const row = item(page, who.name);
  await expect(row).toContainText("I was quoting the council, not insulting anyone.");
  await expect(row).toContainText("Waiting 30 min");
  await row.getByRole("button", { name: `Publish comment by ${who.name} on appeal` }).click();
  await expect(page.getByRole("status")).toHaveText(`Published the comment by ${who.name} on appeal.`);
  expect(stateOf(db, comment.id)?.status).toBe("approved");
  expect(db.select().from(commentAppeals).where(eq(commentAppeals.commentId, comment.id)).get()?.outcome).toBe("overturned");
});

test("counts in the tabs and the nav refresh without a reload", async ({ page, db }) => {
  const who = commenter("Jo");
  await openDesk(page, deskFor(who.email));
  await expect(page.getByRole("link", { name: /^Pending \(0\)$/ })).toBeVisible();
  const nav = page.getByTestId("moderation-nav-count");
  const before = Number((await nav.textContent())?.match(/(\d+) pending/)?.[1] ?? 0);
  insertComment(db, who);
  await expect(page.getByRole("link", { name: /^Pending \(1\)$/ })).toBeVisible({ timeout: 25_000 });
  await expect(nav).toContainText(`${before + 1} pending`, { timeout: 25_000 });
  // The list caught up too.
  await expect(item(page, who.name)).toBeVisible();
});

test("surge stories are on top of the desk and a moderator can end the surge", async ({ page, db }) => {
  const { id, headline } = theArticle(db);
  db.update(articles).set({ commentSurgeAt: new Date() }).where(eq(articles.id, id)).run();
  try {
    await page.goto("/admin/comments");
    const surge = page.getByRole("region", { name: /Surge/ });
    await expect(surge).toContainText(headline);
    await surge.getByRole("button", { name: `End surge on ${headline}` }).click();
    await expect(surge.getByRole("status")).toHaveText(`Surge ended on “${headline}”.`);
    expect(db.select({ at: articles.commentSurgeAt }).from(articles).where(eq(articles.id, id)).get()?.at).toBeNull();
  } finally {
    db.update(articles).set({ commentSurgeAt: null }).where(eq(articles.id, id)).run();
  }
});
