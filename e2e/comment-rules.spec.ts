import { eq } from "drizzle-orm";
import type { Browser, Page } from "@playwright/test";
import type { DB } from "../db/client";
import { articles, commentDecisions, commenterBans, comments, siteSettings, type CommentModerationMode } from "../db/schema";
import { DEFAULT_MODERATION_SETTINGS, type ModerationSettings } from "../lib/moderation/settings";
import { expect, test, uniqueSuffix } from "./fixtures";
import { arrange, removeArranged } from "./newsroom-helpers";

// The rules that act before a moderator sees a comment, as a reader meets them on a story:
// each story's moderation mode, banned and suspect words, bans and closed stories.

const AWAITING = "Thanks, your comment is awaiting moderation.";
const PUBLISHED = "Your comment is published.";

const ipBlock = Math.floor(Math.random() * 250);
let ipCounter = 0;

/** A signed-out reader with an address of their own, so no test's limits spill into another. */
async function reader(browser: Browser) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `203.0.${ipBlock}.${++ipCounter}` } });
  return { context, page: await context.newPage() };
}

function applySettings(db: DB, over: Partial<ModerationSettings>) {
  const value = { ...DEFAULT_MODERATION_SETTINGS, ...over };
  db.insert(siteSettings).values({ key: "moderation", value }).onConflictDoUpdate({ target: siteSettings.key, set: { value } }).run();
}

/** A live story of this spec's own with the given moderation, removed after the test. */
function story(db: DB, name: string, mode: CommentModerationMode, extra: { commentsOpen?: boolean } = {}) {
  const s = arrange(db, `rules-${name}`);
  db.update(articles).set({ commentModeration: mode, ...extra }).where(eq(articles.id, s.id)).run();
  return s;
}

/** A commenter with `n` approved comments on the story: trusted after the default three. */
function regular(db: DB, articleId: number, n = 3) {
  const email = `regular-${uniqueSuffix()}@example.test`;
  for (let i = 0; i < n; i++)
    db.insert(comments).values({ articleId, authorName: "Regular Reader", authorEmail: email, body: `Earlier approved ${i} ${email}`, status: "approved", ipHash: "x" }).run();
  return email;
}

async function postComment(page: Page, slug: string, body: string, email = `reader-${uniqueSuffix()}@example.test`) {
  await page.goto(`/articles/${slug}`);
  const form = page.getByRole("form", { name: "Leave a comment" });
  await form.getByLabel("Name").fill("Rule Reader");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Comment").fill(body);
  await form.getByRole("button", { name: "Post comment" }).click();
  return form.getByRole("status");
}

/**
 * What everyone else sees on the story. The commenter's own browser marks their comment awaiting
 * moderation (public/reader.js), so visibility is checked from a fresh reader.
 */
async function publicThreadShows(browser: Browser, slug: string, body: string): Promise<number> {
  const { context, page } = await reader(browser);
  try {
    await page.goto(`/articles/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    return await page.getByText(body).count();
  } finally {
    await context.close();
  }
}

const rowsWith = (db: DB, body: string) => db.select().from(comments).where(eq(comments.body, body)).all();

test.afterEach(({ db }) => {
  db.delete(siteSettings).where(eq(siteSettings.key, "moderation")).run();
  removeArranged(db);
});

test("a banned word is rejected at once and the commenter is told why", async ({ browser, db }) => {
  const word = `blorptang${uniqueSuffix()}`;
  applySettings(db, { bannedWords: [word] });
  const s = story(db, "banned", "post");
  const body = `You are a ${word.toUpperCase()}, frankly.`;
  const { context, page } = await reader(browser);
  try {
    const status = await postComment(page, s.slug, body);
    await expect(status).toHaveText("Your comment could not be published: it contains language we do not allow.");
    const [row] = rowsWith(db, body);
    expect(row).toMatchObject({ status: "rejected", reason: "It contains language we do not allow.", ruleHits: [{ rule: "banned-word", detail: word }] });
    expect(row!.statusTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await publicThreadShows(browser, s.slug, body)).toBe(0);
  } finally {
    await context.close();
  }
});

test("a suspect word holds a comment on a post-moderated story, with the rule's reason", async ({ browser, db }) => {
  const word = `snarkle${uniqueSuffix()}`;
  applySettings(db, { suspectWords: [word] });
  const s = story(db, "suspect", "post");
  const body = `Only a ${word} would say so.`;
  const { context, page } = await reader(browser);
  try {
    await expect(await postComment(page, s.slug, body)).toHaveText(AWAITING);
    // The commenter keeps a private link to follow it.
    await expect(page.getByRole("link", { name: /\/comments\/status\/[A-Za-z0-9_-]{43}$/ })).toBeVisible();
    const [row] = rowsWith(db, body);
    expect(row).toMatchObject({ status: "pending", needsReview: false, ruleHits: [{ rule: "suspect-word", detail: word }] });
    const decisions = db.select().from(commentDecisions).where(eq(commentDecisions.commentId, row!.id)).all();
    expect(decisions).toMatchObject([{ action: "auto-hold", actorId: null, reason: `Suspect words: ${word}` }]);
    expect(await publicThreadShows(browser, s.slug, body)).toBe(0);
  } finally {
    await context.close();
  }
});

test("on a pre-moderated story everything waits, even a trusted commenter's", async ({ browser, db }) => {
  applySettings(db, { defaultMode: "open" });
  const s = story(db, "pre", "pre");
  const email = regular(db, s.id);
  const body = `Trusted but waiting ${uniqueSuffix()}`;
  const { context, page } = await reader(browser);
  try {
    await expect(await postComment(page, s.slug, body, email)).toHaveText(AWAITING);
    expect(rowsWith(db, body)).toMatchObject([{ status: "pending", ruleHits: [] }]);
    expect(await publicThreadShows(browser, s.slug, body)).toBe(0);
  } finally {
    await context.close();
  }
});

test("on a post-moderated story a comment is published at once and marked for review", async ({ browser, db }) => {
  const s = story(db, "post", "post");
  const body = `Published straight away ${uniqueSuffix()}`;
  const { context, page } = await reader(browser);
  try {
    await expect(await postComment(page, s.slug, body)).toHaveText(PUBLISHED);
    expect(rowsWith(db, body)).toMatchObject([{ status: "approved", needsReview: true }]);
    await page.reload();
    await expect(page.getByText(body)).toBeVisible();
    expect(await publicThreadShows(browser, s.slug, body)).toBe(1);
  } finally {
    await context.close();
  }
});

test("on an open story a first-time commenter waits and a trusted one is published", async ({ browser, db }) => {
  const s = story(db, "open", "open");
  const first = `First time here ${uniqueSuffix()}`;
  const trustedBody = `Trusted regular ${uniqueSuffix()}`;
  const email = regular(db, s.id);
  const { context, page } = await reader(browser);
  try {
    await expect(await postComment(page, s.slug, first)).toHaveText(AWAITING);
    expect(rowsWith(db, first)).toMatchObject([{ status: "pending", ruleHits: [{ rule: "first-time" }] }]);
    await expect(await postComment(page, s.slug, trustedBody, email)).toHaveText(PUBLISHED);
    expect(rowsWith(db, trustedBody)).toMatchObject([{ status: "approved", needsReview: false }]);
    await page.reload();
    await expect(page.getByText(trustedBody)).toBeVisible();
    expect(await publicThreadShows(browser, s.slug, first)).toBe(0);
    expect(await publicThreadShows(browser, s.slug, trustedBody)).toBe(1);
  } finally {
    await context.close();
  }
});

test("a closed story shows a message instead of the form and refuses posts, as does an old one", async ({ browser, db, baseURL }) => {
  const closed = story(db, "closed", "default", { commentsOpen: false });
  const old = story(db, "old", "open");
  const { context, page } = await reader(browser);
  const send = (articleId: number, body: string) =>
    page.request.post("/api/comments", {
      headers: { accept: "application/json", origin: baseURL! },
      form: { articleId: String(articleId), parentId: "", name: "Late Reader", email: `late-${uniqueSuffix()}@example.test`, body, website: "" },
    });
  try {
    await page.goto(`/articles/${closed.slug}`);
    await expect(page.getByText("Comments are closed on this article.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Post comment" })).toHaveCount(0);
    const refused = await send(closed.id, "Closed anyway");
    expect(refused.status()).toBe(400);
    expect(await refused.json()).toMatchObject({ ok: false, message: "Comments are closed on this article." });

    // The arranged stories date from 2001: past any close-after limit.
    applySettings(db, { closeAfterDays: 30 });
    const aged = await send(old.id, "Too late");
    expect(await aged.json()).toMatchObject({ ok: false, message: "Comments are closed on this article." });
    expect(rowsWith(db, "Closed anyway")).toHaveLength(0);
    expect(rowsWith(db, "Too late")).toHaveLength(0);
  } finally {
    await context.close();
  }
});

test("a banned commenter's comment is refused with a neutral message and not stored", async ({ browser, db }) => {
  const s = story(db, "ban", "open");
  const email = `banned-${uniqueSuffix()}@example.test`;
  const ban = db.insert(commenterBans).values({ email, reason: "Repeated abuse" }).returning({ id: commenterBans.id }).get();
  const body = `Trying again ${uniqueSuffix()}`;
  const { context, page } = await reader(browser);
  try {
    await expect(await postComment(page, s.slug, body, email)).toHaveText("Your comment could not be posted.");
    expect(rowsWith(db, body)).toHaveLength(0);
    // Lifted: the same commenter may post again.
    db.update(commenterBans).set({ liftedAt: new Date() }).where(eq(commenterBans.id, ban.id)).run();
    await expect(await postComment(page, s.slug, body, email)).toHaveText(AWAITING);
    expect(rowsWith(db, body)).toHaveLength(1);
  } finally {
    db.delete(commenterBans).where(eq(commenterBans.id, ban.id)).run();
    await context.close();
  }
});
