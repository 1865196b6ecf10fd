import { asc } from "drizzle-orm";
import { articleAuthors, articles, sections } from "../db/schema";
import { contextAs, expect, storageStateFor, test, uniqueSuffix } from "./fixtures";
import {
  auditFor,
  createStaff,
  formStatus,
  hasSessionCookie,
  madeArticles,
  removeMadeStaff,
  signedIn,
  WRONG,
} from "./staff-helpers";

// Staff's own accounts: the public profile and changing one's own password. Every test makes its
// own staff account and removes it after.

test.use({ storageState: storageStateFor("admin") });
test.afterAll(removeMadeStaff);

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
