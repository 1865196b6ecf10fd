import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { articles, auditLog, media } from "../db/schema";
import { contextAs, expect, storageStateFor, test, uniqueSuffix } from "./fixtures";
import { cameraJpeg, draftArticle, filesOf, mediaCount, removeMedia, staffId, upload } from "./media-helpers";

// Media library journeys: refusals, deleting, editing details, and what other roles may do.

test.describe("as an editor", () => {
  test.use({ storageState: storageStateFor("editor") });

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
