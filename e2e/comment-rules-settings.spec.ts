import { eq } from "drizzle-orm";
import type { DB } from "../db/client";
import { articles, sections, siteSettings } from "../db/schema";
import { expect, storageStateFor, test } from "./fixtures";
import { arrange, removeArranged } from "./newsroom-helpers";

// The comment settings page as an editor: bad input is explained under its control and changes
// nothing; good input is saved and shown again.

test.use({ storageState: storageStateFor("editor") });

const stored = (db: DB) => db.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, "moderation")).get()?.value ?? null;

test.afterEach(({ db }) => {
  removeArranged(db);
  db.delete(siteSettings).where(eq(siteSettings.key, "moderation")).run();
  db.update(sections).set({ commentCloseDays: null }).where(eq(sections.slug, "news")).run();
});

const WORD_ERRORS = [
  { case: "a word that is too long", banned: `ok\n${"x".repeat(61)}`, suspect: "", field: "Banned words", error: "Banned words, line 2: keep each entry under 60 characters." },
  { case: "a word in both lists", banned: "Rotter", suspect: "rotter", field: "Suspect words", error: "Already in Banned words, keep each word in one list: rotter." },
];

for (const e of WORD_ERRORS) {
  test(`word lists: ${e.case} is refused and nothing is saved`, async ({ page, db }) => {
    await page.goto("/admin/comments/settings");
    await page.getByLabel("Banned words").fill(e.banned);
    await page.getByLabel("Suspect words").fill(e.suspect);
    await page.getByRole("button", { name: "Save word lists" }).click();
    await expect(page.getByLabel(e.field)).toHaveAccessibleDescription(new RegExp(e.error.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await expect(page.getByText("Nothing was saved: please correct the highlighted lists.")).toBeVisible();
    // What was typed stays, to be fixed.
    await expect(page.getByLabel("Banned words")).toHaveValue(e.banned);
    expect(stored(db)).toBeNull();
  });
}

test("word lists: a good save is trimmed, deduplicated and shown again", async ({ page, db }) => {
  await page.goto("/admin/comments/settings");
  await page.getByLabel("Banned words").fill("  Rotter \nrotter\n\nCAD");
  await page.getByLabel("Suspect words").fill("blighter");
  await page.getByRole("button", { name: "Save word lists" }).click();
  await expect(page.getByText("Word lists and reasons saved.")).toBeVisible();
  expect(stored(db)).toMatchObject({ bannedWords: ["rotter", "cad"], suspectWords: ["blighter"] });
  await page.reload();
  await expect(page.getByLabel("Banned words")).toHaveValue("rotter\ncad");
});

const POLICY_ERRORS = [
  { label: "Links before a comment is held", value: "-1", error: "Links before a comment is held: enter a whole number from 0 to 50." },
  { label: "Surge rate (% held or reported)", value: "150", error: "Surge rate: enter a whole number from 1 to 100." },
  { label: "Close comments after (days)", value: "soon", error: "Close comments after: leave blank or enter whole days from 1 to 3650." },
  { label: "News", value: "-3", error: "Section close days: leave blank or enter whole days from 0 to 3650." },
];

test("moderation settings: each bad value is explained under its field and nothing is saved", async ({ page, db }) => {
  await page.goto("/admin/comments/settings");
  for (const e of POLICY_ERRORS) await page.getByLabel(e.label, { exact: true }).fill(e.value);
  await page.getByRole("button", { name: "Save moderation settings" }).click();
  await expect(page.getByText("Nothing was saved: please correct the highlighted fields.")).toBeVisible();
  for (const e of POLICY_ERRORS) await expect(page.getByLabel(e.label, { exact: true })).toHaveAccessibleDescription(new RegExp(e.error.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  expect(stored(db)).toBeNull();
  expect(db.select({ d: sections.commentCloseDays }).from(sections).where(eq(sections.slug, "news")).get()!.d).toBeNull();
});

test("moderation settings: a good save changes the mode, limits and a section's close days", async ({ page, db }) => {
  await page.goto("/admin/comments/settings");
  await page.getByLabel("Default moderation").selectOption("post");
  await page.getByLabel("Close comments after (days)").fill("14");
  await page.getByLabel("News", { exact: true }).fill("3");
  await page.getByLabel("Surge rate (% held or reported)").fill("40");
  await page.getByRole("button", { name: "Save moderation settings" }).click();
  await expect(page.getByText("Moderation settings saved.")).toBeVisible();
  expect(stored(db)).toMatchObject({ defaultMode: "post", closeAfterDays: 14, surge: { threshold: 0.4 } });
  expect(db.select({ d: sections.commentCloseDays }).from(sections).where(eq(sections.slug, "news")).get()!.d).toBe(3);
});

test("the article editor sets a story's own comment moderation", async ({ page, db }) => {
  const s = arrange(db, "rules-editor");
  await page.goto(`/admin/articles/${s.id}/edit`);
  const select = page.getByLabel("Comment moderation");
  await expect(select).toHaveValue("default");
  await select.selectOption("post");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\?saved=1$/);
  await expect(page.getByLabel("Comment moderation")).toHaveValue("post");
  expect(db.select({ mode: articles.commentModeration }).from(articles).where(eq(articles.id, s.id)).get()!.mode).toBe("post");
});
