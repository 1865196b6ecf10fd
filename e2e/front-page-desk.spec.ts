import { contextAs, expect, storageStateFor, test, uniqueSuffix } from "./fixtures";
import { arrange, readerPage, removeArranged } from "./newsroom-helpers";

// The curated front page, as an editor: the lead story, pins and the breaking-news banner.
test.use({ storageState: storageStateFor("editor") });

test.afterEach(({ db }) => removeArranged(db));

test.describe("the front page desk", () => {
  test("a chosen lead and a pin lead the front page until cleared", async ({ page, db, browser }) => {
    test.slow();
    const lead = arrange(db, "lead");
    const pin = arrange(db, "pin");
    const reader = await readerPage(browser);
    try {
      await page.goto("/admin");
      await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Front page" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Front page" })).toBeVisible();

      await page.getByLabel("New lead story").selectOption(String(lead.id));
      await page.getByRole("button", { name: "Set as lead" }).click();
      await expect(page.getByText(`“${lead.headline}” now leads the front page.`)).toBeVisible();
      await page.getByLabel("Story to pin").selectOption(String(pin.id));
      await page.getByRole("button", { name: "Pin story" }).click();
      await expect(page.getByText(`Pinned “${pin.headline}”.`)).toBeVisible();

      await reader.page.goto("/");
      const leadStory = reader.page.locator("main article").first();
      await expect(leadStory.getByRole("heading", { level: 2 }).getByRole("link")).toHaveAttribute(
        "href",
        `/articles/${lead.slug}`,
      );
      const top = reader.page.getByRole("region", { name: "Top stories" });
      await expect(top.getByRole("link", { name: pin.headline, exact: true })).toHaveAttribute(
        "href",
        `/articles/${pin.slug}`,
      );

      await page.getByRole("button", { name: `Unpin: ${pin.headline}` }).click();
      await expect(page.getByRole("list", { name: "Pinned stories" })).toHaveCount(0);
      await page.getByRole("button", { name: "Clear lead" }).click();
      await expect(page.getByText("No lead chosen: the newest story leads.")).toBeVisible();

      await reader.page.goto("/");
      await expect(
        reader.page.locator("main article").first().getByRole("link", { name: lead.headline, exact: true }),
      ).toHaveCount(0);
      await expect(reader.page.getByRole("region", { name: "Top stories" })).toHaveCount(0);
    } finally {
      await reader.context.close();
    }
  });

  test("the breaking-news banner shows on every reader page while on", async ({ page, browser }) => {
    test.slow();
    const headline = `Storm warning ${uniqueSuffix()}`;
    const reader = await readerPage(browser);
    const form = page.getByRole("region", { name: "Breaking-news banner" });
    let on = false;
    try {
      await page.goto("/admin/front-page");
      // Refusals first: nothing is switched on by them.
      for (const [title, link, error] of [
        ["", "/corrections", "Enter the banner's headline."],
        [headline, "javascript:alert(1)", "Enter an http(s) address or a path starting with /."],
      ] as const) {
        await form.getByLabel("Show the breaking-news banner").check();
        await form.getByLabel("Banner headline").fill(title);
        await form.getByLabel("Banner link").fill(link);
        await form.getByRole("button", { name: "Save banner" }).click();
        await expect(form.getByText(error)).toBeVisible();
      }

      await form.getByLabel("Banner link").fill("/corrections");
      await form.getByRole("button", { name: "Save banner" }).click();
      await expect(form.getByRole("status")).toHaveText("The breaking-news banner is on, on every page.");
      on = true;
      for (const path of ["/", "/sections/news", "/articles/riverside-flood-barrier-approved"]) {
        await reader.page.goto(path);
        const banner = reader.page.getByRole("region", { name: "Breaking news" });
        await expect(banner.getByRole("link", { name: headline })).toHaveAttribute("href", "/corrections");
      }

      await form.getByLabel("Show the breaking-news banner").uncheck();
      await form.getByRole("button", { name: "Save banner" }).click();
      await expect(form.getByRole("status")).toHaveText("The breaking-news banner is off.");
      on = false;
      for (const path of ["/", "/articles/riverside-flood-barrier-approved"]) {
        await reader.page.goto(path);
        await expect(reader.page.getByRole("region", { name: "Breaking news" })).toHaveCount(0);
      }
    } finally {
      // Never leave the banner on for the specs that follow.
      if (on) {
        await page.goto("/admin/front-page");
        await form.getByLabel("Show the breaking-news banner").uncheck();
        await form.getByRole("button", { name: "Save banner" }).click();
        await expect(form.getByRole("status")).toHaveText("The breaking-news banner is off.");
      }
      await reader.context.close();
    }
  });

  test("is for editors only", async ({ browser }) => {
    const author = await contextAs(browser, "author");
    try {
      const page = await author.newPage();
      expect((await page.goto("/admin/front-page"))?.status()).toBe(403);
      await expect(
        page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Front page" }),
      ).toHaveCount(0);
    } finally {
      await author.close();
    }
  });
});
