import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles } from "@/db/schema";
import { daysAgo, insertArticle, openFixture, plainSave, type Fixture } from "@/lib/testing/articles-fixture";
import { getPublishedArticleBySlug } from "./articles";
import {
  addCorrection,
  countPublicCorrections,
  listCorrectionsForArticle,
  listPublicCorrections,
} from "./corrections";

let f: Fixture;
beforeAll(() => {
  f = openFixture();
});
afterAll(() => f.close());

const at = (iso: string) => new Date(iso);

describe("addCorrection", () => {
  it("appends the entry and moves only the public updated time", () => {
    const id = insertArticle(f, { slug: "bridge-costs", publishedAt: daysAgo(10) });
    const now = at("2030-01-02T10:00:00Z");
    const saved = addCorrection({
      articleId: id,
      kind: "correction",
      body: "The bridge costs £4m, not £40m.",
      createdById: f.userId,
      now,
    });
    expect(saved).toMatchObject({ kind: "correction", slug: "bridge-costs", createdAt: now });
    expect(getPublishedArticleBySlug("bridge-costs")?.substantiveUpdatedAt).toEqual(now);
    expect(listCorrectionsForArticle(id).map((c) => c.body)).toEqual(["The bridge costs £4m, not £40m."]);
  });

  it("refuses a story readers cannot see, and writes nothing", () => {
    for (const [slug, values] of [
      ["a-draft", { status: "draft" as const, publishedAt: null }],
      ["not-yet", { status: "scheduled" as const, publishedAt: daysAgo(-1) }],
      ["pulled", { status: "unpublished" as const }],
    ] as const) {
      const id = insertArticle(f, { slug, ...values });
      expect(
        addCorrection({ articleId: id, kind: "update", body: "x", createdById: f.userId }),
      ).toBeUndefined();
      expect(listCorrectionsForArticle(id)).toEqual([]);
      expect(
        f.db.select({ t: articles.substantiveUpdatedAt }).from(articles).where(eq(articles.id, id)).get()?.t,
      ).toBeNull();
    }
    expect(
      addCorrection({ articleId: 999_999, kind: "update", body: "x", createdById: f.userId }),
    ).toBeUndefined();
  });

  it("is not moved by a plain save", () => {
    insertArticle(f, { slug: "typo-story", publishedAt: daysAgo(3) });
    const id = getPublishedArticleBySlug("typo-story")!.id;
    expect(plainSave(id, f.userId, { body: "Fixed a typo." }).ok).toBe(true);
    const detail = getPublishedArticleBySlug("typo-story")!;
    expect(detail.substantiveUpdatedAt).toBeNull();
    expect(detail.updatedAt.getTime()).toBeGreaterThan(detail.publishedAt.getTime());
  });
});

describe("listPublicCorrections", () => {
  it("lists entries on live stories only, newest first, with their story, page by page", () => {
    const before = countPublicCorrections();
    const live = insertArticle(f, { slug: "listed-live", headline: "Live story" });
    const other = insertArticle(f, { slug: "listed-other", headline: "Other story" });
    const pulledLater = insertArticle(f, { slug: "listed-pulled" });
    addCorrection({
      articleId: live,
      kind: "clarification",
      body: "first",
      createdById: f.userId,
      now: at("2031-01-01T00:00:00Z"),
    });
    addCorrection({
      articleId: other,
      kind: "update",
      body: "second",
      createdById: f.userId,
      now: at("2031-01-02T00:00:00Z"),
    });
    addCorrection({
      articleId: live,
      kind: "correction",
      body: "third",
      createdById: f.userId,
      now: at("2031-01-03T00:00:00Z"),
    });
    addCorrection({
      articleId: pulledLater,
      kind: "correction",
      body: "hidden",
      createdById: f.userId,
      now: at("2031-01-04T00:00:00Z"),
    });
    f.db.update(articles).set({ status: "unpublished" }).where(eq(articles.id, pulledLater)).run();

    expect(countPublicCorrections()).toBe(before + 3);
    const top = listPublicCorrections({ limit: 3, offset: 0 });
    expect(top.map((c) => [c.body, c.kind, c.article.slug])).toEqual([
      ["third", "correction", "listed-live"],
      ["second", "update", "listed-other"],
      ["first", "clarification", "listed-live"],
    ]);
    expect(top[1]?.article.headline).toBe("Other story");
    expect(listPublicCorrections({ limit: 2, offset: 1 }).map((c) => c.body)).toEqual(["second", "first"]);
    expect(listCorrectionsForArticle(live).map((c) => c.body)).toEqual(["third", "first"]);
  });
});
