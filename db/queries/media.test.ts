import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openDatabase, type DB } from "@/db/client";
import { articles, media, sections, users } from "@/db/schema";
import {
  countMedia,
  deleteMediaIfUnused,
  getMedia,
  insertMedia,
  listMediaForPicker,
  listMediaLibrary,
  listMediaUses,
  updateMediaDetails,
  type NewMediaItem,
} from "./media";

let raw: DB;
let authorId = 0;
let sectionId = 0;
let counter = 0;

beforeAll(() => {
  raw = openDatabase(process.env.DATABASE_PATH!);
  authorId = raw
    .insert(users)
    .values({ email: "ada@test.local", name: "Ada Author", slug: "ada", passwordHash: "x", role: "author" })
    .returning({ id: users.id })
    .get().id;
  sectionId = raw
    .insert(sections)
    .values({ slug: "news", name: "News" })
    .returning({ id: sections.id })
    .get().id;
});

function image(overrides: Partial<NewMediaItem> = {}): NewMediaItem {
  counter += 1;
  return {
    storageKey: counter.toString(16).padStart(20, "a"),
    originalName: `photo-${counter}.jpg`,
    mimeType: "image/jpeg",
    width: 1200,
    height: 800,
    bytes: 123_456,
    alt: `A photo ${counter}`,
    caption: "",
    credit: "",
    uploadedById: authorId,
    ...overrides,
  };
}

function article(headline: string, columns: Partial<typeof articles.$inferInsert> = {}) {
  return raw
    .insert(articles)
    .values({ slug: `a-${++counter}`, headline, sectionId, createdById: authorId, ...columns })
    .returning({ id: articles.id, slug: articles.slug })
    .get();
}

describe("media queries", () => {
  it("inserts and reads an image back", () => {
    const saved = insertMedia(image({ alt: "Flood barrier at dusk", credit: "Jo Lens" }));
    expect(saved.id).toBeGreaterThan(0);
    expect(getMedia(saved.id)).toMatchObject({
      alt: "Flood barrier at dusk",
      credit: "Jo Lens",
      width: 1200,
    });
    expect(getMedia(999_999)).toBeUndefined();
  });

  it("lists the library newest first, with uploader and hero uses", () => {
    const used = insertMedia(image());
    const unused = insertMedia(image({ uploadedById: null }));
    const story = article("Harbour reopens", { heroMediaId: used.id });
    const page = listMediaLibrary(1, 500);
    expect(page[0]!.id).toBe(unused.id);
    const row = page.find((m) => m.id === used.id)!;
    expect(row.uploaderName).toBe("Ada Author");
    expect(row.usedBy).toEqual([
      { id: story.id, headline: "Harbour reopens", slug: story.slug, status: "draft" },
    ]);
    expect(page.find((m) => m.id === unused.id)).toMatchObject({ uploaderName: null, usedBy: [] });
    expect(listMediaLibrary(2, 1)).toHaveLength(1);
    expect(countMedia()).toBe(page.length);
    expect(listMediaForPicker().map((m) => m.id)).toContain(used.id);
  });

  it("finds uses by hero id, by hero URL and by an address in the body", () => {
    const item = insertMedia(image());
    expect(listMediaUses(item)).toEqual([]);
    const a = article("By id", { heroMediaId: item.id });
    const b = article("By URL", { heroImageUrl: `/media/${item.storageKey}-960.webp` });
    const c = article("In the body", { body: `Look: ![x](/media/${item.storageKey}-480.avif)` });
    article("Someone else's", { body: "/media/ffffffffffffffffffff-480.avif" });
    expect(listMediaUses(item).map((u) => u.id)).toEqual([b.id, a.id, c.id]);
  });

  it("updates the details and carries the credit to articles using the image", () => {
    const item = insertMedia(image({ credit: "Old credit" }));
    const story = article("Credited", {
      heroMediaId: item.id,
      heroImageAlt: "Own alt",
      heroImageCredit: "Old credit",
    });
    const result = updateMediaDetails(item.id, {
      alt: "New alt",
      caption: "New caption",
      credit: "New credit",
    });
    expect(result).toEqual({ slugs: [story.slug] });
    expect(getMedia(item.id)).toMatchObject({ alt: "New alt", caption: "New caption", credit: "New credit" });
    const row = raw
      .select({ credit: articles.heroImageCredit, alt: articles.heroImageAlt })
      .from(articles)
      .where(eq(articles.id, story.id))
      .get();
    expect(row).toEqual({ credit: "New credit", alt: "Own alt" });
    expect(updateMediaDetails(999_999, { alt: "x", caption: "", credit: "" })).toBeUndefined();
  });

  it("deletes an unused image and refuses a used one, naming the article", () => {
    const free = insertMedia(image());
    const busy = insertMedia(image());
    const story = article("Still needs it", { heroMediaId: busy.id, status: "published" });

    expect(deleteMediaIfUnused(busy.id)).toEqual({
      ok: false,
      reason: "in-use",
      usedBy: [{ id: story.id, headline: "Still needs it", slug: story.slug, status: "published" }],
    });
    expect(getMedia(busy.id)).toBeDefined();

    const done = deleteMediaIfUnused(free.id);
    expect(done).toMatchObject({ ok: true, item: { id: free.id, storageKey: free.storageKey } });
    expect(raw.select().from(media).where(eq(media.id, free.id)).get()).toBeUndefined();
    expect(deleteMediaIfUnused(free.id)).toEqual({ ok: false, reason: "missing" });
  });
});
