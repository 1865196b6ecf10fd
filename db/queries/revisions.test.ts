import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { articles, media, sections, slugRedirects, users } from "@/db/schema";
import { createArticle, getArticleForEdit, updateArticle, type ArticleWrite } from "./article-editor";
import { listOtherEditors, touchPresence } from "./presence";
import { countRevisions, getRevisionByNumber, latestRevision, listRevisions, restoreRevision } from "./revisions";

let ada = 0;
let bea = 0;
let newsId = 0;
let cultureId = 0;
let mediaId = 0;

function setupDb() {
  return openDatabase(process.env.DATABASE_PATH!);
}

beforeAll(() => {
  const setup = setupDb();
  const person = (name: string, role: "author" | "editor") =>
    setup.insert(users).values({ email: `${name}@test.local`, name, slug: name, passwordHash: "x", role }).returning({ id: users.id }).get().id;
  ada = person("Ada Lane", "author");
  bea = person("Bea Moss", "editor");
  const section = (slug: string, name: string) =>
    setup.insert(sections).values({ slug, name }).returning({ id: sections.id }).get().id;
  newsId = section("news", "News");
  cultureId = section("culture", "Culture");
  mediaId = setup
    .insert(media)
    .values({ storageKey: "k1", originalName: "a.jpg", mimeType: "image/jpeg", width: 10, height: 10, bytes: 1, alt: "A pier" })
    .returning({ id: media.id })
    .get().id;
  setup.$client.close();
});

function write(overrides: Partial<ArticleWrite> = {}): ArticleWrite {
  return {
    slug: `rev-${Math.random().toString(36).slice(2, 8)}`,
    headline: "Ferry returns",
    dek: "A short dek",
    body: "The ferry is back.",
    sectionId: newsId,
    heroImageUrl: null,
    heroImageAlt: "",
    heroImageCaption: "",
    commentsOpen: true,
    seoTitle: "",
    seoDescription: "",
    tagNames: ["Transport"],
    authorIds: [ada],
    ...overrides,
  };
}

describe("revisions on create and update", () => {
  it("create writes revision 1 and every save one more, each a snapshot of every field", () => {
    const created = createArticle({ ...write(), createdById: ada });
    expect(created.version).toBe(1);
    expect(listRevisions(created.id).map((r) => [r.number, r.note, r.authorName])).toEqual([[1, "Created", "Ada Lane"]]);

    const full = write({
      slug: `full-${created.id}`,
      headline: "Ferry returns for summer",
      dek: "New dek",
      body: "The ferry is back, daily.",
      sectionId: cultureId,
      heroImageUrl: "/media/k1-800.jpg",
      heroImageAlt: "A pier",
      heroImageCaption: "The pier at dawn",
      heroImageCredit: "Kim Lee",
      heroMediaId: mediaId,
      commentsOpen: false,
      seoTitle: "Ferry back for summer",
      seoDescription: "Daily crossings resume.",
      tagNames: ["Transport", "Summer"],
      authorIds: [bea, ada],
    });
    const result = updateArticle(created.id, full, { version: 1, userId: bea });
    expect(result).toMatchObject({ ok: true, article: { version: 2 } });

    const latest = getRevisionByNumber(created.id, 2)!;
    expect(latest).toMatchObject({ number: 2, authorName: "Bea Moss", note: "" });
    expect(latest.snapshot).toEqual({
      headline: "Ferry returns for summer",
      slug: `full-${created.id}`,
      dek: "New dek",
      body: "The ferry is back, daily.",
      section: { id: cultureId, name: "Culture" },
      tags: ["Summer", "Transport"],
      authors: [
        { id: bea, name: "Bea Moss" },
        { id: ada, name: "Ada Lane" },
      ],
      heroImageUrl: "/media/k1-800.jpg",
      heroImageAlt: "A pier",
      heroImageCaption: "The pier at dawn",
      heroImageCredit: "Kim Lee",
      heroMediaId: mediaId,
      seoTitle: "Ferry back for summer",
      seoDescription: "Daily crossings resume.",
      commentsOpen: false,
    });
    expect(latestRevision(created.id)?.number).toBe(2);
  });

  it("refuses a save based on an old version and writes nothing", () => {
    const { id } = createArticle({ ...write(), createdById: ada });
    expect(updateArticle(id, write({ body: "Bea's text" }), { version: 1, userId: bea }).ok).toBe(true);
    const stale = updateArticle(id, write({ body: "Ada's text" }), { version: 1, userId: ada });
    expect(stale).toEqual({ ok: false, reason: "stale", currentVersion: 2 });
    expect(getArticleForEdit(id)).toMatchObject({ body: "Bea's text", version: 2 });
    expect(countRevisions(id)).toBe(2);
    // Saving against the version it was told about goes through.
    expect(updateArticle(id, write({ body: "Merged text" }), { version: 2, userId: ada })).toMatchObject({ ok: true, article: { version: 3 } });
  });

  it("keeps every revision: 30 saves, 31 revisions (with the creation), nothing pruned", () => {
    const { id } = createArticle({ ...write(), createdById: ada });
    const base = write();
    for (let v = 1; v <= 30; v += 1) {
      const r = updateArticle(id, { ...base, body: `Draft number ${v}` }, { version: v, userId: ada });
      expect(r.ok).toBe(true);
    }
    expect(countRevisions(id)).toBe(31);
    expect(getRevisionByNumber(id, 2)?.snapshot.body).toBe("Draft number 1");
    expect(getRevisionByNumber(id, 31)?.snapshot.body).toBe("Draft number 30");
    expect(getArticleForEdit(id)?.version).toBe(31);
  });

  it("keeps the pre-edit state of an article that has no revisions yet", () => {
    const setup = setupDb();
    const { id } = setup
      .insert(articles)
      .values({ slug: `legacy-${Date.now()}`, headline: "Legacy", body: "Old body", sectionId: newsId, createdById: ada, updatedAt: new Date("2020-01-01T00:00:00Z") })
      .returning({ id: articles.id })
      .get();
    setup.$client.close();
    updateArticle(id, write({ headline: "Legacy, edited", body: "New body" }), { version: 1, userId: bea });
    const [newest, baseline] = listRevisions(id);
    expect(baseline).toMatchObject({ number: 1, authorName: null, note: "Before the first tracked save" });
    expect(baseline?.createdAt.toISOString()).toBe("2020-01-01T00:00:00.000Z");
    expect(getRevisionByNumber(id, 1)?.snapshot.body).toBe("Old body");
    expect(newest).toMatchObject({ number: 2, authorName: "Bea Moss" });
  });
});

describe("restoreRevision", () => {
  it("writes the old content back, tags and byline included, as a new revision", () => {
    const { id } = createArticle({ ...write({ body: "First words", tagNames: ["Old"], authorIds: [ada] }), createdById: ada });
    updateArticle(id, write({ body: "Second words", tagNames: ["New"], authorIds: [bea] }), { version: 1, userId: bea });
    const first = listRevisions(id).find((r) => r.number === 1)!;

    const restored = restoreRevision({ articleId: id, revisionId: first.id, userId: bea });
    expect(restored).toMatchObject({ ok: true, restoredNumber: 1, kept: [], article: { version: 3 } });
    expect(getArticleForEdit(id)).toMatchObject({ body: "First words", tagNames: ["Old"], authorIds: [ada], version: 3 });
    expect(listRevisions(id).map((r) => [r.number, r.note])).toEqual([
      [3, "Restored revision 1"],
      [2, ""],
      [1, "Created"],
    ]);
    expect(getRevisionByNumber(id, 3)?.snapshot.body).toBe("First words");
  });

  it("keeps the current slug when the old one now belongs to another article", () => {
    const { id } = createArticle({ ...write({ slug: `mine-${Date.now()}` }), createdById: ada });
    const oldSlug = getArticleForEdit(id)!.slug;
    updateArticle(id, write({ slug: `${oldSlug}-renamed` }), { version: 1, userId: ada });
    // Someone else takes the old address (and its redirect) for their own story.
    const setup = setupDb();
    setup.delete(slugRedirects).where(eq(slugRedirects.oldSlug, oldSlug)).run();
    setup.$client.close();
    createArticle({ ...write({ slug: oldSlug }), createdById: bea });

    const first = listRevisions(id).find((r) => r.number === 1)!;
    const restored = restoreRevision({ articleId: id, revisionId: first.id, userId: ada });
    expect(restored.ok && restored.kept).toEqual([expect.stringContaining("current slug")]);
    expect(getArticleForEdit(id)?.slug).toBe(`${oldSlug}-renamed`);
  });

  it("refuses a revision of another article", () => {
    const a = createArticle({ ...write(), createdById: ada });
    const b = createArticle({ ...write(), createdById: ada });
    const revisionOfB = listRevisions(b.id)[0]!;
    expect(restoreRevision({ articleId: a.id, revisionId: revisionOfB.id, userId: ada })).toEqual({ ok: false, reason: "no-revision" });
    expect(countRevisions(a.id)).toBe(1);
  });

  it("stores the snapshot as JSON in the revisions table", () => {
    const { id } = createArticle({ ...write({ headline: "Stored as JSON" }), createdById: ada });
    const setup = setupDb();
    const raw = setup.$client.prepare("select snapshot from article_revisions where article_id = ?").get(id) as { snapshot: string };
    setup.$client.close();
    expect(JSON.parse(raw.snapshot)).toMatchObject({ headline: "Stored as JSON" });
  });
});

describe("editor presence", () => {
  it("lists others seen in the last minute, not the asker and not those gone quiet", () => {
    const { id } = createArticle({ ...write(), createdById: ada });
    const now = new Date("2032-01-01T12:00:00Z");
    touchPresence(id, ada, now);
    touchPresence(id, bea, new Date(now.getTime() - 30_000));
    expect(listOtherEditors(id, ada, now)).toEqual([{ id: bea, name: "Bea Moss" }]);
    expect(listOtherEditors(id, bea, now)).toEqual([{ id: ada, name: "Ada Lane" }]);
    expect(listOtherEditors(id, ada, new Date(now.getTime() + 45_000))).toEqual([]);
    touchPresence(id, bea, new Date(now.getTime() + 40_000));
    expect(listOtherEditors(id, ada, new Date(now.getTime() + 45_000))).toHaveLength(1);
  });
});
