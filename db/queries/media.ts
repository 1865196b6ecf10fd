import "server-only";
import { desc, eq, inArray, like, or, sql } from "drizzle-orm";
import { db } from "@/db";
import type { Tx } from "@/db/client";
import { articles, media, users, type ArticleStatus } from "@/db/schema";

// The media library's rows. Files on disk are lib/media/storage.ts's business; these functions
// only read and write the table and answer "which articles use this image?".

export type MediaItem = {
  id: number;
  storageKey: string;
  originalName: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string;
  credit: string;
  uploadedById: number | null;
  createdAt: Date;
};

/** An article that shows an image: as its hero, or by its address in the hero URL or body. */
export type MediaUse = { id: number; headline: string; slug: string; status: ArticleStatus };

export type MediaLibraryItem = MediaItem & { uploaderName: string | null; usedBy: MediaUse[] };

const itemColumns = {
  id: media.id,
  storageKey: media.storageKey,
  originalName: media.originalName,
  mimeType: media.mimeType,
  width: media.width,
  height: media.height,
  bytes: media.bytes,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  uploadedById: media.uploadedById,
  createdAt: media.createdAt,
};
const useColumns = {
  id: articles.id,
  headline: articles.headline,
  slug: articles.slug,
  status: articles.status,
};

export const MEDIA_PAGE_SIZE = 24;

export type NewMediaItem = Omit<MediaItem, "id" | "createdAt">;

export function insertMedia(input: NewMediaItem): MediaItem {
  return db.insert(media).values(input).returning(itemColumns).get();
}

export function getMedia(id: number): MediaItem | undefined {
  return db.select(itemColumns).from(media).where(eq(media.id, id)).get();
}

export function countMedia(): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(media)
      .get()?.n ?? 0
  );
}

/** A page of the library, newest first, with who uploaded each image and where it is the hero. */
export function listMediaLibrary(page: number, pageSize = MEDIA_PAGE_SIZE): MediaLibraryItem[] {
  const rows = db
    .select({ ...itemColumns, uploaderName: users.name })
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedById))
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  if (rows.length === 0) return [];
  const uses = db
    .select({ ...useColumns, mediaId: articles.heroMediaId })
    .from(articles)
    .where(
      inArray(
        articles.heroMediaId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(articles.headline)
    .all();
  return rows.map((row) => ({
    ...row,
    usedBy: uses.filter((u) => u.mediaId === row.id).map(({ mediaId: _m, ...use }) => use),
  }));
}

export type PickerItem = Pick<
  MediaItem,
  "id" | "storageKey" | "width" | "height" | "alt" | "caption" | "credit"
>;

/** The newest images for the editor's hero picker. */
export function listMediaForPicker(limit = 60): PickerItem[] {
  return db
    .select({
      id: media.id,
      storageKey: media.storageKey,
      width: media.width,
      height: media.height,
      alt: media.alt,
      caption: media.caption,
      credit: media.credit,
    })
    .from(media)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(limit)
    .all();
}

type Executor = typeof db | Tx;

/**
 * Every article that would show a broken image if this one went: its hero by id, and any hero
 * URL or body that names its files (an address copied by hand). Storage keys are hex, so they
 * carry no LIKE wildcards.
 */
export function listMediaUses(item: { id: number; storageKey: string }, executor: Executor = db): MediaUse[] {
  const address = `/media/${item.storageKey}-`;
  return executor
    .select(useColumns)
    .from(articles)
    .where(
      or(
        eq(articles.heroMediaId, item.id),
        like(articles.heroImageUrl, `${address}%`),
        like(articles.body, `%${address}%`),
      ),
    )
    .orderBy(articles.headline)
    .all();
}

/**
 * Saves alt, caption and credit. The credit belongs to the photo, so articles using it as their
 * hero get the new credit too; alt and caption are per article and stay as each one set them.
 * Returns the slugs of those articles, for revalidation, or undefined when the image is gone.
 */
export function updateMediaDetails(
  id: number,
  details: { alt: string; caption: string; credit: string },
): { slugs: string[] } | undefined {
  return db.transaction((tx) => {
    const updated = tx.update(media).set(details).where(eq(media.id, id)).returning({ id: media.id }).get();
    if (!updated) return undefined;
    const slugs = tx
      .update(articles)
      .set({ heroImageCredit: details.credit })
      .where(eq(articles.heroMediaId, id))
      .returning({ slug: articles.slug })
      .all()
      .map((r) => r.slug);
    return { slugs };
  });
}

export type DeleteMediaResult =
  | { ok: true; item: MediaItem }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "in-use"; usedBy: MediaUse[] };

/**
 * Deletes an image only if nothing uses it. The check and the delete share one transaction, so
 * an editor choosing the image as a hero at that moment cannot be silently undone.
 */
export function deleteMediaIfUnused(id: number): DeleteMediaResult {
  return db.transaction((tx): DeleteMediaResult => {
    const item = tx.select(itemColumns).from(media).where(eq(media.id, id)).get();
    if (!item) return { ok: false, reason: "missing" };
    const usedBy = listMediaUses(item, tx);
    if (usedBy.length > 0) return { ok: false, reason: "in-use", usedBy };
    tx.delete(media).where(eq(media.id, id)).run();
    return { ok: true, item };
  });
}
