import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import sharp from "sharp";
import type { DB } from "../db/client";
import { articleAuthors, articles, auditLog, media, sections, users } from "../db/schema";
import {
  contextAs,
  e2eDatabasePath,
  expect,
  loginFor,
  storageStateFor,
  test,
  uniqueSuffix,
  type StaffRole,
} from "./fixtures";

// Media library journeys. Fixture images are made here with sharp; nothing binary is in git.
// Articles are arranged in the database so this spec does not depend on the workflow buttons.

const mediaDir = () => path.join(path.dirname(e2eDatabasePath()), "media");
const filesOf = (key: string) =>
  fs.existsSync(mediaDir()) ? fs.readdirSync(mediaDir()).filter((n) => n.startsWith(key)) : [];
const mediaCount = (db: DB) => db.select({ id: media.id }).from(media).all().length;

function staffId(db: DB, role: StaffRole): number {
  return db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, loginFor(role).email))
    .get()!.id;
}

function draftArticle(
  db: DB,
  headline: string,
  role: StaffRole,
  extra: Partial<typeof articles.$inferInsert> = {},
) {
  const news = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, "news")).get()!;
  const author = staffId(db, role);
  const slug = `media-${uniqueSuffix()}`;
  const { id } = db
    .insert(articles)
    .values({
      slug,
      headline,
      dek: "A dek.",
      body: "Body text.",
      sectionId: news.id,
      createdById: author,
      ...extra,
    })
    .returning({ id: articles.id })
    .get();
  db.insert(articleAuthors).values({ articleId: id, userId: author }).run();
  return { id, slug };
}

/** A photo as a phone would send it: a JPEG with camera make and a GPS position. */
function cameraJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 110, b: 160 } } })
    .jpeg()
    .withExifMerge({ IFD0: { Make: "PhoneCo" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1" } })
    .toBuffer();
}

function removeMedia(db: DB, ids: number[]) {
  for (const id of ids) {
    const row = db.select({ key: media.storageKey }).from(media).where(eq(media.id, id)).get();
    db.update(articles).set({ heroMediaId: null }).where(eq(articles.heroMediaId, id)).run();
    db.delete(media).where(eq(media.id, id)).run();
    for (const name of row ? filesOf(row.key) : []) fs.rmSync(path.join(mediaDir(), name), { force: true });
  }
}

async function upload(
  scope: ReturnType<Page["getByRole"]>,
  file: { name: string; mimeType: string; buffer: Buffer },
  alt: string,
) {
  await scope.getByLabel("Image file").setInputFiles(file);
  await scope.getByLabel("Alt text", { exact: true }).fill(alt);
  await scope.getByRole("button", { name: "Upload image" }).click();
}

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

  test("the library refuses a renamed text file, an oversize file and a missing alt, storing nothing", async ({
    page,
    db,
  }) => {
    await page.goto("/admin/media");
    const uploader = page.getByRole("group", { name: "Upload an image" });
    const before = mediaCount(db);
    const cases = [
      {
        name: "notes.jpg",
        mimeType: "image/jpeg",
        buffer: Buffer.from("Meeting notes, not a photo.\n"),
        alt: "Notes",
        error: /not an image we accept/,
      },
      {
        name: "huge.jpg",
        mimeType: "image/jpeg",
        buffer: Buffer.concat([await cameraJpeg(10, 10), Buffer.alloc(10 * 1024 * 1024)]),
        alt: "Huge",
        error: /larger than 10 MB/,
      },
      {
        name: "ok.png",
        mimeType: "image/png",
        buffer: await sharp({ create: { width: 20, height: 20, channels: 3, background: "#fff" } })
          .png()
          .toBuffer(),
        alt: "",
        error: null,
      },
    ];
    for (const { name, mimeType, buffer, alt, error } of cases) {
      await upload(uploader, { name, mimeType, buffer }, alt);
      if (error) {
        await expect(uploader.getByText("The image was not uploaded.")).toBeVisible();
        await expect(uploader.getByLabel("Image file")).toHaveAccessibleDescription(error);
      } else {
        await expect(uploader.getByLabel("Alt text", { exact: true })).toHaveAccessibleDescription(
          /Describe the image/,
        );
      }
      expect(mediaCount(db)).toBe(before);
    }
  });

  test("an image in use cannot be deleted; an unused one can, files and all", async ({ page, db }) => {
    const used = { alt: `Used photo ${uniqueSuffix()}` };
    const unused = { alt: `Spare photo ${uniqueSuffix()}` };
    const ids: number[] = [];
    await page.goto("/admin/media");
    const uploader = page.getByRole("group", { name: "Upload an image" });
    for (const { alt } of [used, unused]) {
      await upload(
        uploader,
        { name: "p.jpg", mimeType: "image/jpeg", buffer: await cameraJpeg(640, 360) },
        alt,
      );
      await expect(page.getByRole("heading", { level: 3, name: alt })).toBeVisible();
      ids.push(db.select({ id: media.id }).from(media).where(eq(media.alt, alt)).get()!.id);
    }
    const [usedId, unusedId] = ids as [number, number];
    const headline = `Uses the photo ${uniqueSuffix()}`;
    const article = draftArticle(db, headline, "editor", { heroMediaId: usedId, heroImageAlt: used.alt });
    const unusedKey = db.select({ key: media.storageKey }).from(media).where(eq(media.id, unusedId)).get()!
      .key;
    page.on("dialog", (dialog) => void dialog.accept());
    try {
      await page.reload();
      const usedCard = page.getByRole("article", { name: used.alt });
      await expect(usedCard.getByRole("link", { name: headline })).toBeVisible();
      await usedCard.getByRole("button", { name: `Delete image: ${used.alt}` }).click();
      await expect(
        usedCard.getByText(`This image cannot be deleted: it is used by “${headline}”.`),
      ).toBeVisible();
      expect(db.select().from(media).where(eq(media.id, usedId)).get()).toBeDefined();

      expect(filesOf(unusedKey).length).toBeGreaterThan(0);
      const unusedCard = page.getByRole("article", { name: unused.alt });
      await expect(unusedCard.getByText("Not used")).toBeVisible();
      await unusedCard.getByRole("button", { name: `Delete image: ${unused.alt}` }).click();
      await expect(page.getByText("Image deleted.")).toBeVisible();
      await expect(page.getByRole("article", { name: unused.alt })).toHaveCount(0);
      expect(db.select().from(media).where(eq(media.id, unusedId)).get()).toBeUndefined();
      expect(filesOf(unusedKey)).toEqual([]);
      const audit = db.select().from(auditLog).where(eq(auditLog.targetId, unusedId)).all();
      expect(audit.some((a) => a.action === "media.delete" && a.targetType === "media")).toBe(true);
    } finally {
      db.delete(articles).where(eq(articles.id, article.id)).run();
      removeMedia(db, ids);
    }
  });

  test("details can be edited later, and a new credit reaches the article", async ({ page, db }) => {
    const alt = `Editable photo ${uniqueSuffix()}`;
    await page.goto("/admin/media");
    await upload(
      page.getByRole("group", { name: "Upload an image" }),
      { name: "e.jpg", mimeType: "image/jpeg", buffer: await cameraJpeg(300, 200) },
      alt,
    );
    const card = page.getByRole("article", { name: alt });
    await expect(card).toBeVisible();
    const item = db.select().from(media).where(eq(media.alt, alt)).get()!;
    const article = draftArticle(db, `Credit test ${uniqueSuffix()}`, "editor", {
      heroMediaId: item.id,
      heroImageAlt: alt,
    });
    try {
      await card.getByText("Edit details").click();
      await card.getByLabel("Credit").fill("Photo: New Credit");
      await card.getByRole("button", { name: "Save details" }).click();
      await expect(card.getByText("Saved.")).toBeVisible();
      expect(
        db
          .select({ credit: articles.heroImageCredit })
          .from(articles)
          .where(eq(articles.id, article.id))
          .get(),
      ).toEqual({ credit: "Photo: New Credit" });
      // A 300 px upload is never upscaled: one size, in both formats.
      expect(filesOf(item.storageKey).sort()).toEqual([
        `${item.storageKey}-300.avif`,
        `${item.storageKey}-300.webp`,
      ]);
    } finally {
      db.delete(articles).where(eq(articles.id, article.id)).run();
      removeMedia(db, [item.id]);
    }
  });
});

test.describe("other roles", () => {
  test("an author may upload but not delete someone else's image; a moderator has no library", async ({
    browser,
    db,
  }) => {
    const editorImage = db
      .insert(media)
      .values({
        storageKey: crypto.randomBytes(10).toString("hex"),
        originalName: "x.jpg",
        mimeType: "image/jpeg",
        width: 10,
        height: 10,
        bytes: 10,
        alt: `Editor's ${uniqueSuffix()}`,
        uploadedById: staffId(db, "editor"),
      })
      .returning({ id: media.id, alt: media.alt })
      .get();
    const author = await contextAs(browser, "author");
    const moderator = await contextAs(browser, "moderator");
    try {
      const page = await author.newPage();
      await page.goto("/admin");
      await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Media" }).click();
      await expect(page.getByRole("group", { name: "Upload an image" })).toBeVisible();
      const card = page.getByRole("article", { name: editorImage.alt });
      await expect(card).toBeVisible();
      await expect(card.getByRole("button", { name: /Delete/ })).toHaveCount(0);

      const modPage = await moderator.newPage();
      expect((await modPage.goto("/admin/media"))?.status()).toBe(403);
      await expect(
        modPage.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Media" }),
      ).toHaveCount(0);
    } finally {
      await author.close();
      await moderator.close();
      removeMedia(db, [editorImage.id]);
    }
  });
});
