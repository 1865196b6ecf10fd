import { expect, test as setup } from "@playwright/test";
import { STAFF_ROLES, loginFor, storageStateFor } from "./fixtures";

// Each role signs in once through the real form; specs reuse the saved session.
for (const role of STAFF_ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const { email, password } = loginFor(role);
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
