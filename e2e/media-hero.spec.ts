import { eq } from "drizzle-orm";
import sharp from "sharp";
import { articles, media } from "../db/schema";
import { contextAs, expect, storageStateFor, test, uniqueSuffix } from "./fixtures";
import { cameraJpeg, draftArticle, filesOf, removeMedia, upload } from "./media-helpers";

// Media library journeys, as an editor: an upload from the article editor becomes the hero image,
// and readers get responsive sizes (and nothing else) from /media.

test.describe("as an editor", () => {
  test.use({ storageState: storageStateFor("editor") });

  test("uploads from the editor, makes it the hero, and readers get responsive sizes", async ({
    page,
    db,
    browser,
  }) => {
    test.slow();
    const headline = `Harbour crane lifted ${uniqueSuffix()}`;
    const article = draftArticle(db, headline, "editor");
    const alt = `A crane over the harbour ${uniqueSuffix()}`;
    let mediaId: number | undefined;
    const reader = await contextAs(browser, null);
    try {
      await page.goto(`/admin/articles/${article.id}/edit`);
      await page.getByRole("button", { name: "Choose from the media library" }).click();
      const uploader = page.getByRole("group", { name: "Upload a new image" });
      await expect(uploader.getByText("JPEG, PNG, WebP or AVIF, up to 10 MB.")).toBeVisible();
      await uploader.getByLabel("Credit").fill("Photo: Sam Reyes");
      await upload(
        uploader,
        { name: "crane.jpg", mimeType: "image/jpeg", buffer: await cameraJpeg(1800, 1000) },
        alt,
      );

      // Uploading chooses it: the editor shows it with the library's alt text and credit.
      await expect(page.getByText("Library image chosen.")).toBeVisible();
      await expect(page.getByText("Credit: Photo: Sam Reyes")).toBeVisible();
      await expect(page.getByLabel("Hero image alt text")).toHaveValue(alt);
      await page.getByLabel("Hero image caption").fill("The new crane, lifted at dawn.");
      await page.getByRole("button", { name: "Save draft" }).click();
      await expect(page).toHaveURL(/\?saved=1$/);

      const row = db.select().from(media).where(eq(media.alt, alt)).get()!;
      mediaId = row.id;
      expect(row).toMatchObject({
        mimeType: "image/jpeg",
        width: 1800,
        height: 1000,
        credit: "Photo: Sam Reyes",
      });
      const saved = db.select().from(articles).where(eq(articles.id, article.id)).get()!;
      expect(saved).toMatchObject({
        heroMediaId: row.id,
        heroImageUrl: `/media/${row.storageKey}-1600.webp`,
        heroImageAlt: alt,
        heroImageCaption: "The new crane, lifted at dawn.",
        heroImageCredit: "Photo: Sam Reyes",
      });
      expect(filesOf(row.storageKey).sort()).toEqual(
        [480, 960, 1600]
          .flatMap((w) => [`${row.storageKey}-${w}.avif`, `${row.storageKey}-${w}.webp`])
          .sort(),
      );

      // Published directly: the workflow buttons are another journey's concern.
      db.update(articles)
        .set({ status: "published", publishedAt: new Date(Date.now() - 60_000) })
        .where(eq(articles.id, article.id))
        .run();
      const readerPage = await reader.newPage();
      expect((await readerPage.goto(`/articles/${article.slug}`))?.status()).toBe(200);
      const img = readerPage.getByRole("img", { name: alt });
      const figure = readerPage.getByRole("figure").filter({ has: img });
      await expect(img).toHaveAttribute("srcset", /-480\.webp 480w, .*-960\.webp 960w, .*-1600\.webp 1600w/);
      await expect(figure.locator('source[type="image/avif"]')).toHaveAttribute(
        "srcset",
        /480w, .*960w, .*1600w/,
      );
      await expect(img).toHaveAttribute("sizes", /48rem/);
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
        .toBeGreaterThan(0);
      // A desktop viewport never needs more than the 960 or 1600 size, and never the original.
      expect(await img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(
        /\/media\/[a-f0-9]+-(960|1600)\.(avif|webp)$/,
      );
      await expect(figure).toContainText("The new crane, lifted at dawn.");
      await expect(figure).toContainText("Photo: Sam Reyes");

      const served = await reader.request.get(`/media/${row.storageKey}-480.webp`);
      expect(served.status()).toBe(200);
      expect(served.headers()["content-type"]).toBe("image/webp");
      expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
      const meta = await sharp(await served.body()).metadata();
      expect([meta.width, meta.exif]).toEqual([480, undefined]);
      for (const bad of [
        "..%2Fgazette.db",
        `originals%2F${row.storageKey}.jpg`,
        `${row.storageKey}-480.png`,
        `${row.storageKey}-2400.webp`,
      ]) {
        expect((await reader.request.get(`/media/${bad}`)).status()).toBe(404);
      }
    } finally {
      await reader.close();
      db.delete(articles).where(eq(articles.id, article.id)).run();
      if (mediaId) removeMedia(db, [mediaId]);
    }
  });
});
