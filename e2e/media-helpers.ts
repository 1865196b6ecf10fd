// Helpers for the media library specs (media-hero, media-library). Fixture images are made here
// with sharp; nothing binary is in git. Articles are arranged in the database so the specs do not
// depend on the workflow buttons.
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import sharp from "sharp";
import type { DB } from "../db/client";
import { articleAuthors, articles, media, sections, users } from "../db/schema";
import { e2eDatabasePath, loginFor, uniqueSuffix, type StaffRole } from "./fixtures";

const mediaDir = () => path.join(path.dirname(e2eDatabasePath()), "media");
export const filesOf = (key: string) =>
  fs.existsSync(mediaDir()) ? fs.readdirSync(mediaDir()).filter((n) => n.startsWith(key)) : [];
export const mediaCount = (db: DB) => db.select({ id: media.id }).from(media).all().length;

export function staffId(db: DB, role: StaffRole): number {
  return db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, loginFor(role).email))
    .get()!.id;
}

export function draftArticle(
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
export function cameraJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 110, b: 160 } } })
    .jpeg()
    .withExifMerge({ IFD0: { Make: "PhoneCo" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1" } })
    .toBuffer();
}

export function removeMedia(db: DB, ids: number[]) {
  for (const id of ids) {
    const row = db.select({ key: media.storageKey }).from(media).where(eq(media.id, id)).get();
    db.update(articles).set({ heroMediaId: null }).where(eq(articles.heroMediaId, id)).run();
    db.delete(media).where(eq(media.id, id)).run();
    for (const name of row ? filesOf(row.key) : []) fs.rmSync(path.join(mediaDir(), name), { force: true });
  }
}

export async function upload(
  scope: ReturnType<Page["getByRole"]>,
  file: { name: string; mimeType: string; buffer: Buffer },
  alt: string,
) {
  await scope.getByLabel("Image file").setInputFiles(file);
  await scope.getByLabel("Alt text", { exact: true }).fill(alt);
  await scope.getByRole("button", { name: "Upload image" }).click();
}
