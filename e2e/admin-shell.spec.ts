import { contextAs, expect, loginFor, storageStateFor, test, type StaffRole } from "./fixtures";

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a wrong password shows an inline error and no session", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(loginFor("editor").email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    // Scoped to the form: Next adds its own role=alert/status route announcer to every page.
    await expect(page.locator("form").getByRole("status")).toHaveText("Wrong email or password.");
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  });

  test("/admin sends to the login page, back after signing in, and again after signing out", async ({
    page,
  }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
    const { email, password } = loginFor("editor");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Hello, Priya" })).toBeVisible();

    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  });
});

// Which links each role's admin navigation shows; the pages behind them guard themselves.
const NAV: Array<{ role: StaffRole; shows: string[]; hides: string[] }> = [
  { role: "admin", shows: ["Dashboard", "Articles", "Comments", "Staff", "Audit log", "Profile"], hides: [] },
  { role: "editor", shows: ["Dashboard", "Articles", "Comments", "Profile"], hides: ["Staff", "Audit log"] },
  { role: "author", shows: ["Dashboard", "Articles", "Profile"], hides: ["Comments", "Staff", "Audit log"] },
  { role: "moderator", shows: ["Dashboard", "Comments", "Profile"], hides: ["Articles", "Staff", "Audit log"] },
];

for (const { role, shows, hides } of NAV) {
  test(`the ${role} sees their name, role and only their links`, async ({ browser }) => {
    const context = await contextAs(browser, role);
    try {
      const page = await context.newPage();
      await page.goto("/admin");
      await expect(page).toHaveTitle(/Dashboard/);
      const nav = page.getByRole("navigation", { name: "Admin" });
      for (const label of shows)
        await expect(nav.getByRole("link", { name: new RegExp(`^${label}`) })).toBeVisible();
      for (const label of hides)
        await expect(nav.getByRole("link", { name: new RegExp(`^${label}`) })).toHaveCount(0);
      const banner = page.getByRole("banner");
      await expect(banner.getByText(new RegExp(`\\(${role}\\)`, "i"))).toBeVisible();
      await expect(banner.getByRole("link", { name: "View site" })).toHaveAttribute("href", "/");
      await expect(page.locator("main#main")).toBeVisible();
    } finally {
      await context.close();
    }
  });
}

test.describe("dashboard counts", () => {
  test.use({ storageState: storageStateFor("author") });

  test("an author sees their own drafts and no moderation queue", async ({ page }) => {
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "My drafts" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Comments awaiting moderation" })).toHaveCount(0);
    await page.getByRole("link", { name: "Open drafts" }).click();
    await expect(page).toHaveURL(/\/admin\/articles\?status=draft$/);
    await expect(page.getByLabel("Status")).toHaveValue("draft");
  });
});
