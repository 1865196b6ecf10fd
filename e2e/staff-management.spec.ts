import { and, count, eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import { users } from "../db/schema";
import { contextAs, expect, loginFor, storageStateFor, test, uniqueSuffix } from "./fixtures";

test.use({ storageState: storageStateFor("admin") });

const FORBIDDEN = "You do not have access to this page";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function fillNewStaff(
  page: Page,
  input: { name: string; email: string; role?: string; password: string },
) {
  const form = page.getByRole("region", { name: "Add staff member" });
  await form.getByLabel("Name").fill(input.name);
  await form.getByLabel("Email").fill(input.email);
  await form.getByLabel("Role").selectOption({ label: input.role ?? "Author" });
  await form.getByLabel("Initial password").fill(input.password);
  await form.getByRole("button", { name: "Add staff member" }).click();
  return form;
}

test("an admin adds a staff member, changes their role and deactivates them, each taking effect at once", async ({
  page,
  browser,
  db,
}) => {
  // Two sessions and several sign-ins (argon2 on shared cores): more than the default budget.
  test.slow();
  const suffix = uniqueSuffix();
  const name = `Rosa Quint ${suffix}`;
  const email = `rosa-${suffix}@example.test`;
  const password = `rosa-password-${suffix}`;

  await page.goto("/admin/staff");
  const form = await fillNewStaff(page, { name, email, password });
  await expect(form.getByRole("status")).toHaveText(`Added ${name} as an author.`);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row.getByRole("cell", { name: email })).toBeVisible();
  await expect(row.getByRole("link", { name: /author page/ })).toHaveAttribute(
    "href",
    `/authors/rosa-quint-${suffix}`,
  );
  await expect(form.getByLabel("Name")).toHaveValue("");

  const theirs = await contextAs(browser, null);
  try {
    const them = await theirs.newPage();
    await signIn(them, email, password);
    await expect(them).toHaveURL(/\/admin$/);
    await expect(them.getByRole("heading", { level: 1, name: "Hello, Rosa" })).toBeVisible();

    await row.getByRole("combobox", { name: `Role for ${name}` }).selectOption("moderator");
    await row.getByRole("button", { name: `Change role for ${name}` }).click();
    await expect(row.getByRole("status")).toHaveText(`${name} is now a moderator.`);

    // Their session cookie still says "author"; the guards re-read the role on each request.
    const articles = await them.goto("/admin/articles");
    expect(articles?.status()).toBe(403);
    await expect(them.getByRole("heading", { name: FORBIDDEN })).toBeVisible();
    const comments = await them.goto("/admin/comments");
    expect(comments?.status()).toBe(200);
    await expect(them.getByRole("heading", { level: 1, name: "Comments" })).toBeVisible();

    await row.getByRole("button", { name: `Deactivate ${name}` }).click();
    await expect(row.getByRole("status").filter({ hasText: `${name} is deactivated.` })).toBeVisible();
    await expect(row.getByRole("cell", { name: "Deactivated" })).toBeVisible();
    await expect(row.getByRole("button", { name: `Reactivate ${name}` })).toBeVisible();

    await them.goto("/admin");
    await expect(them).toHaveURL(/\/login\?callbackUrl=[^&]*%2Fadmin$/);
    await signIn(them, email, password);
    await expect(them.getByRole("status")).toHaveText("Wrong email or password.");
    await expect(them).toHaveURL(/\/login/);
  } finally {
    await theirs.close();
  }
  expect(
    db.select({ role: users.role, active: users.active }).from(users).where(eq(users.email, email)).get(),
  ).toEqual({
    role: "moderator",
    active: false,
  });
});

const badInput = [
  { case: "an empty name", field: "Name", name: "", error: "Enter a name." },
  { case: "a malformed email", field: "Email", email: "not-an-email", error: "Enter a valid email address." },
  {
    case: "a short password",
    field: "Initial password",
    password: "short",
    error: "Use at least 10 characters for the password.",
  },
  {
    case: "a taken email",
    field: "Email",
    email: "admin@gazette.test",
    error: "An account with this email already exists.",
  },
];

for (const row of badInput) {
  test(`adding staff with ${row.case} shows the error under ${row.field} and stores nothing`, async ({
    page,
    db,
  }) => {
    const suffix = uniqueSuffix();
    const input = {
      name: row.name ?? `Bad Input ${suffix}`,
      email: row.email ?? `bad-${suffix}@example.test`,
      password: row.password ?? `good-password-${suffix}`,
    };
    const before = db.select({ n: count() }).from(users).get()!.n;

    await page.goto("/admin/staff");
    const form = await fillNewStaff(page, input);
    await expect(form.getByLabel(row.field)).toHaveAccessibleDescription(
      new RegExp(row.error.replace(/\./g, "\\.")),
    );
    await expect(form.getByLabel(row.field)).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByRole("status")).toHaveText("Please correct the highlighted fields.");
    // What was typed survives the error (the password aside, nothing is echoed from the server).
    await expect(form.getByLabel("Email")).toHaveValue(input.email);

    expect(db.select({ n: count() }).from(users).get()!.n).toBe(before);
    expect(db.select({ n: count() }).from(users).where(eq(users.email, input.email)).get()!.n).toBe(
      input.email === "admin@gazette.test" ? 1 : 0,
    );
  });
}

test("an admin cannot deactivate or demote themselves", async ({ page, db }) => {
  const me = loginFor("admin");
  await page.goto("/admin/staff");
  const row = page.getByRole("row", { name: /Morgan Hale/ });

  await row.getByRole("button", { name: "Deactivate Morgan Hale" }).click();
  await expect(row.getByRole("status")).toHaveText(
    "You cannot deactivate your own account. Ask another admin.",
  );
  await row.getByRole("combobox", { name: "Role for Morgan Hale" }).selectOption("editor");
  await row.getByRole("button", { name: "Change role for Morgan Hale" }).click();
  await expect(
    row.getByRole("status").filter({ hasText: "You cannot change your own role. Ask another admin." }),
  ).toBeVisible();

  expect(
    db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.email, me.email), eq(users.role, "admin"), eq(users.active, true)))
      .get()!.n,
  ).toBe(1);
});
