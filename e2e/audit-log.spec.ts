import { eq } from "drizzle-orm";
import { users } from "../db/schema";
import { contextAs, expect, storageStateFor, test, uniqueSuffix } from "./fixtures";
import { made, removeMadeStaff } from "./staff-helpers";

// The audit log of account changes, and who may open the audit log and profile pages.

test.use({ storageState: storageStateFor("admin") });
test.afterAll(removeMadeStaff);

const FORBIDDEN = "You do not have access to this page";

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
