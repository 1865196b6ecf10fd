import { and, asc, eq, inArray } from "drizzle-orm";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { openDatabase, type DB } from "../db/client";
import { articleAuthors, articles, auditLog, sections, users, type Role } from "../db/schema";
import { hashPassword } from "../lib/auth/password";
import { contextAs, e2eDatabasePath, expect, storageStateFor, test, uniqueSuffix } from "./fixtures";
import { captureForm, postFormAs } from "./replay";

// Own accounts, passwords, lockout, admin resets and the audit log. Every test makes its own
// staff account (never a demo one: other specs reuse their saved sessions) and removes it after.

test.use({ storageState: storageStateFor("admin") });

const FORBIDDEN = "You do not have access to this page";
const WRONG = "Wrong email or password.";

type Person = { id: number; name: string; email: string; slug: string; password: string };

const made: number[] = [];
const madeArticles: number[] = [];

test.afterAll(() => {
  const db = openDatabase(e2eDatabasePath());
  try {
    if (madeArticles.length) db.delete(articles).where(inArray(articles.id, madeArticles)).run();
    if (made.length) db.delete(users).where(inArray(users.id, made)).run();
  } finally {
    db.$client.close();
  }
});

async function createStaff(db: DB, role: Role, label = "Staff"): Promise<Person> {
  const suffix = uniqueSuffix();
  const person = {
    name: `${label} ${suffix}`,
    email: `${label.toLowerCase().replace(/\W+/g, "-")}-${suffix}@example.test`,
    slug: `${label.toLowerCase().replace(/\W+/g, "-")}-${suffix}`,
    password: `first-password-${suffix}`,
  };
  const { id } = db
    .insert(users)
    .values({ ...person, role, passwordHash: await hashPassword(person.password) })
    .returning({ id: users.id })
    .get();
  made.push(id);
  return { id, ...person };
}

/** A signed-out browser with its own address, so the per-address sign-in limit never trips. */
async function freshContext(browser: Browser): Promise<BrowserContext> {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  return browser.newContext({
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { "x-forwarded-for": `198.51.${octet()}.${octet()}` },
  });
}

async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Scoped to the form: Next adds its own status/alert route announcer to every page. */
function formStatus(page: Page) {
  return page.locator("form").getByRole("status");
}

async function signedIn(browser: Browser, person: Pick<Person, "email" | "password">): Promise<Page> {
  const page = await (await freshContext(browser)).newPage();
  await submitSignIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

function hasSessionCookie(cookies: Array<{ name: string }>): boolean {
  return cookies.some((c) => c.name.includes("session-token"));
}

function auditFor(db: DB, userId: number) {
  return db
    .select({ action: auditLog.action, actorId: auditLog.actorId })
    .from(auditLog)
    // Ids are per table: an article can share this number, so match the target type too.
    .where(and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, userId)))
    .orderBy(asc(auditLog.id))
    .all();
}

test("a profile edit shows on the writer's public page and byline; a bad portrait address is refused", async ({
  browser,
  db,
}) => {
  test.slow();
  const writer = await createStaff(db, "author", "Writer");
  const section = db.select({ id: sections.id }).from(sections).orderBy(asc(sections.id)).get()!;
  const articleSlug = `profile-story-${uniqueSuffix()}`;
  const story = db
    .insert(articles)
    .values({
      slug: articleSlug,
      headline: `A story by ${writer.name}`,
      body: "Body.",
      status: "published",
      publishedAt: new Date(Date.now() - 60_000),
      sectionId: section.id,
      createdById: writer.id,
    })
    .returning({ id: articles.id })
    .get();
  madeArticles.push(story.id);
  db.insert(articleAuthors).values({ articleId: story.id, userId: writer.id }).run();

  const reader = await contextAs(browser, null);
  const me = await signedIn(browser, writer);
  try {
    const readerPage = await reader.newPage();
    // Rendered (and cached) with the old name first, so the new one proves the revalidation.
    await readerPage.goto(`/authors/${writer.slug}`);
    await expect(readerPage.getByRole("heading", { level: 1, name: writer.name })).toBeVisible();

    await me.goto("/admin/profile");
    const form = me.getByRole("region", { name: "Public profile" });
    await expect(form.getByLabel("Name")).toHaveValue(writer.name);

    await form.getByLabel("Portrait URL").fill("javascript:alert(1)");
    await form.getByRole("button", { name: "Save profile" }).click();
    await expect(form.getByLabel("Portrait URL")).toHaveAccessibleDescription(/Enter an http\(s\) URL/);
    await expect(form.getByLabel("Portrait URL")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Portrait URL")).toHaveValue("javascript:alert(1)");

    const newName = `Renamed ${writer.name}`;
    const portrait = "https://images.example.test/portrait.jpg";
    await form.getByLabel("Name").fill(newName);
    await form.getByLabel("Bio").fill("Covers the harbour and the night buses.");
    await form.getByLabel("Portrait URL").fill(portrait);
    await form.getByRole("button", { name: "Save profile" }).click();
    await expect(form.getByRole("status")).toHaveText("Profile saved.");
    await expect(me.getByRole("banner").getByText(newName)).toBeVisible();

    await readerPage.goto(`/authors/${writer.slug}`);
    await expect(readerPage.getByRole("heading", { level: 1, name: newName })).toBeVisible();
    await expect(readerPage.getByText("Covers the harbour and the night buses.")).toBeVisible();
    await expect(readerPage.locator(`img[src="${portrait}"]`)).toBeVisible();
    await readerPage.goto(`/articles/${articleSlug}`);
    await expect(readerPage.getByRole("link", { name: newName }).first()).toHaveAttribute(
      "href",
      `/authors/${writer.slug}`,
    );
  } finally {
    await reader.close();
    await me.context().close();
  }
  expect(auditFor(db, writer.id)).toEqual([{ action: "user.profile", actorId: writer.id }]);
});

test("staff change their own password: current one checked, new one twice, then signed out everywhere", async ({
  browser,
  db,
}) => {
  test.slow();
  const person = await createStaff(db, "editor", "Changer");
  const me = await signedIn(browser, person);
  const elsewhere = await signedIn(browser, person);
  const newPassword = `second-password-${uniqueSuffix()}`;
  try {
    await me.goto("/admin/profile");
    const form = me.getByRole("region", { name: "Change password" });
    const fill = async (current: string, next: string, repeat: string) => {
      await form.getByLabel("Current password").fill(current);
      await form.getByLabel("New password", { exact: true }).fill(next);
      await form.getByLabel("Repeat new password").fill(repeat);
      await form.getByRole("button", { name: "Change password" }).click();
    };

    await fill("not-my-password", newPassword, newPassword);
    await expect(form.getByLabel("Current password")).toHaveAccessibleDescription(
      "That is not your current password.",
    );
    await fill(person.password, newPassword, `${newPassword}-typo`);
    await expect(form.getByLabel("Repeat new password")).toHaveAccessibleDescription(
      "The two new passwords do not match.",
    );
    // Passwords are never sent back: the fields are empty after every attempt.
    await expect(form.getByLabel("Current password")).toHaveValue("");

    await fill(person.password, newPassword, newPassword);
    await expect(me).toHaveURL(/\/login\?notice=password-changed&callbackUrl=%2Fadmin%2Fprofile$/);
    await expect(me.getByText(/Your password has been changed/)).toBeVisible();
    expect(hasSessionCookie(await me.context().cookies())).toBe(false);

    // The other browser is out too, on its very next request.
    await elsewhere.goto("/admin");
    await expect(elsewhere).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);

    // Signing in from the notice page brings them back to their profile.
    for (const password of [person.password, newPassword]) {
      await me.getByLabel("Email").fill(person.email);
      await me.getByLabel("Password").fill(password);
      await me.getByRole("button", { name: "Sign in" }).click();
      if (password === person.password) await expect(formStatus(me)).toHaveText(WRONG);
    }
    await expect(me).toHaveURL(/\/admin\/profile$/);
  } finally {
    await me.context().close();
    await elsewhere.context().close();
  }
  expect(auditFor(db, person.id)).toEqual([{ action: "user.password-change", actorId: person.id }]);
});

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

test("the audit log lists account changes, newest first, and filters by action, actor and date", async ({
  page,
  db,
}) => {
  const suffix = uniqueSuffix();
  const name = `Audit Subject ${suffix}`;
  await page.goto("/admin/staff");
  const add = page.getByRole("region", { name: "Add staff member" });
  await add.getByLabel("Name").fill(name);
  await add.getByLabel("Email").fill(`audit-${suffix}@example.test`);
  await add.getByLabel("Initial password").fill(`audit-password-${suffix}`);
  await add.getByRole("button", { name: "Add staff member" }).click();
  await expect(add.getByRole("status")).toHaveText(`Added ${name} as an author.`);
  const id = db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, `audit-${suffix}@example.test`))
    .get()!.id;
  made.push(id);

  const row = page.getByRole("row", { name: new RegExp(name) });
  await row.getByRole("combobox", { name: `Role for ${name}` }).selectOption("editor");
  await row.getByRole("button", { name: `Change role for ${name}` }).click();
  await expect(row.getByRole("status")).toHaveText(`${name} is now an editor.`);
  await row.getByRole("button", { name: `Deactivate ${name}` }).click();
  await expect(row.getByRole("status").filter({ hasText: `${name} is deactivated.` })).toBeVisible();

  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const entries = page.getByRole("row").filter({ hasText: name });
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText("Account deactivated");
  await expect(entries.nth(0)).toContainText("Morgan Hale");
  await expect(entries.nth(1)).toContainText("Role changed");
  await expect(entries.nth(1)).toContainText("Role changed from author to editor");
  await expect(entries.nth(2)).toContainText("Staff account created");

  await page.getByLabel("Action").selectOption({ label: "Role changed" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]action=user\.role(&|$)/);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Role changed");
  for (const text of await page.getByRole("row").allInnerTexts()) {
    if (!text.includes("When")) expect(text).toContain("user.role");
  }

  const today = new Date().toISOString().slice(0, 10);
  await page.goto(`/admin/audit?actor=${id}`);
  await expect(page.getByText("No entries match these filters.")).toBeVisible();
  await page.goto(`/admin/audit?from=2000-01-01&to=2000-01-31`);
  await expect(page.getByText("No entries match these filters.")).toBeVisible();
  await page.goto(`/admin/audit?action=user.deactivate&from=${today}&to=${today}`);
  await expect(entries).toHaveCount(1);

  // Junk in the URL falls back to the unfiltered first page instead of an error.
  const junk = await page.goto("/admin/audit?action=drop-table&actor=me&from=2025-99-99&page=-4");
  expect(junk?.status()).toBe(200);
  await expect(page.getByLabel("Action")).toHaveValue("");
  await expect(page.getByLabel("Done by")).toHaveValue("");
  await expect(entries).toHaveCount(3);
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

for (const role of ["editor", "author", "moderator"] as const) {
  test(`the ${role} gets the forbidden page at /admin/audit but has a profile`, async ({ browser }) => {
    const ctx = await contextAs(browser, role);
    try {
      const page = await ctx.newPage();
      const response = await page.goto("/admin/audit");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: FORBIDDEN })).toBeVisible();
      await page.goto("/admin");
      const nav = page.getByRole("navigation", { name: "Admin" });
      await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
      await nav.getByRole("link", { name: "Profile" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
    } finally {
      await ctx.close();
    }
  });
}

for (const path of ["/admin/audit", "/admin/profile"]) {
  test(`a signed-out visitor is sent from ${path} to sign in, coming back after`, async ({ browser }) => {
    const ctx = await contextAs(browser, null);
    try {
      const page = await ctx.newPage();
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`/login\\?callbackUrl=${encodeURIComponent(path)}$`));
    } finally {
      await ctx.close();
    }
  });
}
