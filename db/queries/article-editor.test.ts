import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { draftWrite } from "@/lib/testing/articles-fixture";
import { sections, tags, users } from "@/db/schema";
import {
  countArticlesByStatus,
  createArticle,
  getArticleForEdit,
  isSlugTaken,
  listArticlesForDesk,
  listBylineCandidates,
  updateArticle,
  upsertTagsByName,
  type ArticleWrite,
} from "./article-editor";
import { transitionArticle } from "./workflow";

let authorId = 0;
let editorId = 0;
let moderatorId = 0;
let newsId = 0;
let cultureId = 0;

beforeAll(() => {
  const setup = openDatabase(process.env.DATABASE_PATH!);
  const person = (name: string, role: "author" | "editor" | "moderator", active = true) =>
    setup
      .insert(users)
      .values({ email: `${name}@test.local`, name, slug: name, passwordHash: "x", role, active })
      .returning({ id: users.id })
      .get().id;
  authorId = person("ada", "author");
  editorId = person("bea", "editor");
  moderatorId = person("cai", "moderator");
  person("dee", "author", false);
  newsId = setup
    .insert(sections)
    .values({ slug: "news", name: "News" })
    .returning({ id: sections.id })
    .get().id;
  cultureId = setup
    .insert(sections)
    .values({ slug: "culture", name: "Culture" })
    .returning({ id: sections.id })
    .get().id;
  setup.$client.close();
});

function draft(overrides: Partial<ArticleWrite> = {}): ArticleWrite {
  return draftWrite(newsId, authorId, { dek: "", body: "Hello", ...overrides });
}

describe("createArticle / getArticleForEdit", () => {
  it("stores the article with its byline in order and its tags", () => {
    const saved = createArticle({
      ...draft({ authorIds: [editorId, authorId], tagNames: ["Flooding", "City council"] }),
      createdById: authorId,
    });
    const loaded = getArticleForEdit(saved.id);
    expect(loaded).toMatchObject({
      status: "draft",
      publishedAt: null,
      createdById: authorId,
      sectionId: newsId,
    });
    expect(loaded?.authorIds).toEqual([editorId, authorId]);
    expect(loaded?.tagNames).toEqual(["City council", "Flooding"]);
  });

  it("returns undefined for a missing id", () => {
    expect(getArticleForEdit(999_999)).toBeUndefined();
  });
});

describe("updateArticle", () => {
  it("changes content only: status and publishedAt stay with the workflow", () => {
    const { id } = createArticle({ ...draft(), createdById: authorId });
    const first = new Date("2031-05-01T10:00:00Z");
    transitionArticle({ id, from: "draft", to: "published", actorId: editorId, now: first });
    const later = new Date("2031-05-02T10:00:00Z");
    updateArticle(id, draft({ slug: "lifecycle", dek: "New dek" }), { version: 1, userId: editorId }, later);
    const edited = getArticleForEdit(id);
    expect(edited).toMatchObject({ status: "published", publishedAt: first, updatedAt: later, dek: "New dek" });
  });

  it("replaces byline and tags", () => {
    const { id } = createArticle({ ...draft({ tagNames: ["Old tag"] }), createdById: authorId });
    updateArticle(id, draft({ authorIds: [editorId], tagNames: ["Fresh tag"] }), { version: 1, userId: editorId });
    const loaded = getArticleForEdit(id);
    expect(loaded?.authorIds).toEqual([editorId]);
    expect(loaded?.tagNames).toEqual(["Fresh tag"]);
  });

  it("reports a missing id", () => {
    expect(updateArticle(999_999, draft(), { version: 1, userId: editorId })).toEqual({ ok: false, reason: "missing" });
  });
});

describe("slugs", () => {
  it("isSlugTaken sees other articles but not the one being edited", () => {
    const { id } = createArticle({ ...draft({ slug: "taken-slug" }), createdById: authorId });
    expect(isSlugTaken("taken-slug")).toBe(true);
    expect(isSlugTaken("taken-slug", id)).toBe(false);
    expect(isSlugTaken("free-slug")).toBe(false);
  });

  it("the unique index still refuses a duplicate slug that slipped past the check", () => {
    createArticle({ ...draft({ slug: "dupe-slug" }), createdById: authorId });
    const before = listArticlesForDesk({ page: 1 }).total;
    expect(() =>
      createArticle({ ...draft({ slug: "dupe-slug", tagNames: ["Orphan tag"] }), createdById: authorId }),
    ).toThrow();
    expect(listArticlesForDesk({ page: 1 }).total).toBe(before);
  });
});

describe("upsertTagsByName", () => {
  it("creates missing tags, reuses existing ones by slug and skips duplicates", () => {
    const [a] = upsertTagsByName(["Climate Policy"]);
    const again = upsertTagsByName(["climate policy", "Climate  policy", "Transit"]);
    expect(again).toHaveLength(2);
    expect(again[0]).toBe(a);
    expect(upsertTagsByName([])).toEqual([]);
    expect(upsertTagsByName(["!!!"])).toEqual([]);
  });

  it("keeps the first spelling of a tag's name", () => {
    upsertTagsByName(["Night Buses"]);
    upsertTagsByName(["NIGHT BUSES"]);
    const setup = openDatabase(process.env.DATABASE_PATH!);
    const names = setup
      .select({ name: tags.name })
      .from(tags)
      .all()
      .map((t) => t.name);
    setup.$client.close();
    expect(names).toContain("Night Buses");
    expect(names).not.toContain("NIGHT BUSES");
  });
});

describe("listArticlesForDesk / countArticlesByStatus", () => {
  it("filters by status, section and ownership (creator or byline)", () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const mine = createArticle({
      ...draft({ headline: `mine ${tag}`, sectionId: cultureId }),
      createdById: authorId,
    });
    const bylined = createArticle({
      ...draft({ headline: `bylined ${tag}`, authorIds: [editorId, authorId] }),
      createdById: editorId,
    });
    const others = createArticle({
      ...draft({ headline: `others ${tag}`, authorIds: [editorId] }),
      createdById: editorId,
    });
    const live = createArticle({
      ...draft({ headline: `live ${tag}`, authorIds: [editorId] }),
      createdById: editorId,
    });
    transitionArticle({ id: live.id, from: "draft", to: "published", actorId: editorId });

    const ids = (filter: Parameters<typeof listArticlesForDesk>[0]) =>
      listArticlesForDesk(filter).rows.map((r) => r.id);
    const authorView = ids({ page: 1, authorId });
    expect(authorView).toEqual(expect.arrayContaining([mine.id, bylined.id]));
    expect(authorView).not.toContain(others.id);

    expect(ids({ page: 1, sectionId: cultureId })).toContain(mine.id);
    expect(ids({ page: 1, sectionId: cultureId })).not.toContain(others.id);

    const published = listArticlesForDesk({ page: 1, status: "published" }).rows;
    expect(published.every((r) => r.status === "published")).toBe(true);

    const row = listArticlesForDesk({ page: 1 }).rows.find((r) => r.id === bylined.id);
    expect(row?.bylines).toEqual(["bea", "ada"]);
    expect(row?.sectionName).toBe("News");
  });

  it("pages by 20 and reports the total", () => {
    for (let i = 0; i < 21; i += 1)
      createArticle({ ...draft({ authorIds: [moderatorId] }), createdById: moderatorId });
    const first = listArticlesForDesk({ page: 1, authorId: moderatorId });
    const second = listArticlesForDesk({ page: 2, authorId: moderatorId });
    expect(first.total).toBe(21);
    expect(first.rows).toHaveLength(20);
    expect(second.rows).toHaveLength(1);
  });

  it("counts drafts and published, overall and per writer", () => {
    const all = countArticlesByStatus();
    const mine = countArticlesByStatus(moderatorId);
    expect(mine).toEqual({ draft: 21, review: 0, scheduled: 0, published: 0, unpublished: 0, archived: 0 });
    expect(all.draft).toBeGreaterThanOrEqual(21);
    expect(all.published).toBeGreaterThanOrEqual(1);
  });
});

describe("listBylineCandidates", () => {
  it("lists active writers only", () => {
    const names = listBylineCandidates().map((c) => c.name);
    expect(names).toEqual(["ada", "bea"]);
  });
});
