import { eq } from "drizzle-orm";
import { users } from "../db/schema";
import { expect, storageStateFor, test, uniqueSuffix } from "./fixtures";
import { captureForm, postFormAs } from "./replay";
import {
  auditFor,
  createStaff,
  formStatus,
  freshContext,
  hasSessionCookie,
  removeMadeStaff,
  signedIn,
  submitSignIn,
  WRONG,
} from "./staff-helpers";

// Signing in and being kept out: admin password resets, lockout after wrong passwords, a
// deactivated account's live session, and the reset action's own guard. Every test makes its own
// staff account and removes it after.

test.use({ storageState: storageStateFor("admin") });
test.afterAll(removeMadeStaff);

test("an admin resets a password, typed or generated; the old one and the old session stop working", async ({
  page,
  browser,
  db,
}) => {
  test.slow();
  const person = await createStaff(db, "author", "Reset");
  const theirs = await signedIn(browser, person);
  const later = await freshContext(browser);
  const typed = `typed-by-admin-${uniqueSuffix()}`;
  try {
    await page.goto("/admin/staff");
    // The admin's own row points to the profile instead: a reset would skip the current password.
    const own = page.getByRole("row", { name: /Morgan Hale/ });
    await expect(own.getByRole("link", { name: "Change your password" })).toHaveAttribute(
      "href",
      "/admin/profile",
    );

    const row = page.getByRole("row", { name: new RegExp(person.name) });
    await row.getByText(`Reset password for ${person.name}`).click();
    await row.getByRole("button", { name: `Set password for ${person.name}` }).click();
    await expect(row.getByLabel(`New password for ${person.name}`)).toHaveAccessibleDescription(
      /Use at least 10 characters/,
    );

    await row.getByLabel(`New password for ${person.name}`).fill(typed);
    await row.getByRole("button", { name: `Set password for ${person.name}` }).click();
    await expect(row.getByRole("status")).toHaveText(`New password set for ${person.name}.`);

    await theirs.goto("/admin/articles");
    await expect(theirs).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Farticles$/);
    const them = await later.newPage();
    await submitSignIn(them, person.email, person.password);
    await expect(formStatus(them)).toHaveText(WRONG);
    await submitSignIn(them, person.email, typed);
    await expect(them).toHaveURL(/\/admin$/);

    await row.getByRole("button", { name: `Generate a temporary password for ${person.name}` }).click();
    await expect(row.getByRole("status")).toHaveText(
      `Temporary password for ${person.name}, shown only this once:`,
    );
    const temporary = await row
      .getByLabel(`Temporary password for ${person.name}`, { exact: true })
      .inputValue();
    expect(temporary).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    await them.goto("/admin");
    await expect(them).toHaveURL(/\/login/);
    await submitSignIn(them, person.email, temporary);
    await expect(them).toHaveURL(/\/admin$/);
  } finally {
    await theirs.context().close();
    await later.close();
  }
  expect(auditFor(db, person.id).map((e) => e.action)).toEqual([
    "user.password-reset",
    "user.password-reset",
  ]);
});

test("five wrong passwords lock the account, even against the right one, until an admin resets it", async ({
  page,
  browser,
  db,
}) => {
  test.slow();
  const person = await createStaff(db, "author", "Locked");
  const ctx = await freshContext(browser);
  try {
    const them = await ctx.newPage();
    for (let i = 1; i <= 4; i++) {
      await submitSignIn(them, person.email, `guess-number-${i}`);
      await expect(formStatus(them)).toHaveText(WRONG);
    }
    // The wrong-password answer is the same for an address that has no account.
    await submitSignIn(them, `nobody-${uniqueSuffix()}@example.test`, "guess-number-1");
    await expect(formStatus(them)).toHaveText(WRONG);

    await submitSignIn(them, person.email, "guess-number-5");
    await expect(formStatus(them)).toHaveText("Too many failed sign-ins. Try again in 15 minutes.");
    await submitSignIn(them, person.email, person.password);
    await expect(formStatus(them)).toHaveText(/^Too many failed sign-ins\. Try again in 1[45] minutes\.$/);
    await expect(them).toHaveURL(/\/login/);

    await page.goto("/admin/staff");
    const row = page.getByRole("row", { name: new RegExp(person.name) });
    await expect(row.getByText(/Sign-in locked until/)).toBeVisible();
    await row.getByText(`Reset password for ${person.name}`).click();
    const fresh = `after-the-lock-${uniqueSuffix()}`;
    await row.getByLabel(`New password for ${person.name}`).fill(fresh);
    await row.getByRole("button", { name: `Set password for ${person.name}` }).click();
    await expect(row.getByRole("status")).toHaveText(`New password set for ${person.name}.`);
    await expect(row.getByText(/Sign-in locked until/)).toHaveCount(0);

    await submitSignIn(them, person.email, fresh);
    await expect(them).toHaveURL(/\/admin$/);
  } finally {
    await ctx.close();
  }
  expect(auditFor(db, person.id)).toEqual([
    { action: "user.lockout", actorId: null },
    { action: "user.password-reset", actorId: expect.any(Number) },
  ]);
});

test("a deactivated account with a live session is sent to sign in by its next page and its next action", async ({
  browser,
  db,
}) => {
  test.slow();
  const person = await createStaff(db, "editor", "Leaver");
  const tab = await signedIn(browser, person);
  const ctx = tab.context();
  try {
    await tab.goto("/admin/profile");
    const form = tab.getByRole("region", { name: "Public profile" });
    await expect(form.getByLabel("Name")).toHaveValue(person.name);
    db.update(users).set({ active: false }).where(eq(users.id, person.id)).run();

    // A page: redirected, with the admin chrome showing nothing of theirs.
    const other = await ctx.newPage();
    await other.goto("/admin/articles");
    await expect(other).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Farticles$/);
    await expect(other.getByRole("navigation", { name: "Admin" })).toHaveCount(0);

    // An action from a form that was already open: refused, cookie deleted, sent to sign in.
    expect(hasSessionCookie(await ctx.cookies())).toBe(true);
    await form.getByLabel("Name").fill("Should not be saved");
    await form.getByRole("button", { name: "Save profile" }).click();
    await expect(tab).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fprofile$/);
    expect(hasSessionCookie(await ctx.cookies())).toBe(false);
    expect(db.select({ name: users.name }).from(users).where(eq(users.id, person.id)).get()?.name).toBe(
      person.name,
    );

    await submitSignIn(tab, person.email, person.password);
    await expect(formStatus(tab)).toHaveText(WRONG);
  } finally {
    await ctx.close();
  }
});

test("the reset action itself refuses an editor replaying an admin's form", async ({
  browser,
  db,
  baseURL,
}) => {
  const person = await createStaff(db, "author", "Replay Reset");
  const hashOf = () =>
    db.select({ h: users.passwordHash }).from(users).where(eq(users.id, person.id)).get()!.h;
  const admin = await browser.newContext({
    storageState: storageStateFor("admin"),
    javaScriptEnabled: false,
  });
  try {
    const page = await admin.newPage();
    await page.goto("/admin/staff");
    const form = page
      .getByRole("row", { name: new RegExp(person.name) })
      .locator("form")
      .filter({ has: page.getByLabel(`New password for ${person.name}`) });
    const fields = await captureForm(form);
    const before = hashOf();
    const replay = await postFormAs(baseURL!, "/admin/staff", fields, "editor", {
      mode: "set",
      password: "editor-chosen-password",
    });
    expect(replay.status).toBeLessThan(500);
    expect(hashOf()).toBe(before);
    // The same post as the admin works, so the refusal above is the guard's doing.
    await postFormAs(baseURL!, "/admin/staff", fields, "admin", {
      mode: "set",
      password: "admin-chosen-password",
    });
    expect(hashOf()).not.toBe(before);
  } finally {
    await admin.close();
  }
});
