import { beforeAll, describe, expect, it } from "vitest";
import { articleTags, tags, users, articleAuthors } from "@/db/schema";
import { daysAgo, insertArticle, openFixture, type Fixture } from "@/lib/testing/articles-fixture";
import { listFeedArticles } from "./feeds";

let f: Fixture;
let other: Fixture;
const id: Record<string, number> = {};
let tagId = 0;
let coAuthorId = 0;

beforeAll(() => {
  f = openFixture();
  other = openFixture();
  id.old = insertArticle(f, { slug: "old", publishedAt: daysAgo(3), dek: "Old dek" });
  id.fresh = insertArticle(f, { slug: "fresh", publishedAt: daysAgo(1) });
  id.draft = insertArticle(f, { slug: "draft", status: "draft", publishedAt: null });
  id.unpublished = insertArticle(f, { slug: "pulled", status: "unpublished", publishedAt: daysAgo(2) });
  id.future = insertArticle(f, { slug: "future", status: "scheduled", publishedAt: daysAgo(-1) });
  id.due = insertArticle(f, { slug: "due", status: "scheduled", publishedAt: daysAgo(0.5) });
  id.elsewhere = insertArticle(other, { slug: "elsewhere", publishedAt: daysAgo(2) });
  tagId = f.db.insert(tags).values([{ slug: "roads", name: "Roads" }, { slug: "arts", name: "Arts" }]).returning({ id: tags.id }).all()[0]!.id;
  f.db.insert(articleTags).values([{ articleId: id.old, tagId }, { articleId: id.old, tagId: tagId + 1 }, { articleId: id.draft, tagId }, { articleId: id.elsewhere, tagId }]).run();
  coAuthorId = f.db.insert(users).values({ email: "aa@test.local", name: "Aaron Co", slug: "aaron-co", passwordHash: "x", role: "author" }).returning({ id: users.id }).get().id;
  f.db.insert(articleAuthors).values({ articleId: id.old, userId: coAuthorId, sortOrder: -1 }).run();
});

const slugs = (rows: Array<{ slug: string }>) => rows.map((r) => r.slug);

describe("listFeedArticles", () => {
  it("lists live stories site-wide, newest first, never drafts, pulled or future ones", () => {
    expect(slugs(listFeedArticles({ kind: "site" }))).toEqual(["due", "fresh", "elsewhere", "old"]);
  });

  it.each([
    ["a section", () => ({ kind: "section" as const, id: f.sectionId }), ["due", "fresh", "old"]],
    ["a tag", () => ({ kind: "tag" as const, id: tagId }), ["elsewhere", "old"]],
    ["a writer", () => ({ kind: "author" as const, id: other.userId }), ["elsewhere"]],
    ["a co-author", () => ({ kind: "author" as const, id: coAuthorId }), ["old"]],
  ])("narrows to %s", (_name, scope, expected) => {
    expect(slugs(listFeedArticles(scope()))).toEqual(expected);
  });

  it("stops at the limit", () => {
    expect(slugs(listFeedArticles({ kind: "site" }, 2))).toEqual(["due", "fresh"]);
  });

  it("carries bylines in byline order, the section, tags by name and the summary sources", () => {
    const old = listFeedArticles({ kind: "section", id: f.sectionId }).find((a) => a.slug === "old")!;
    expect(old).toMatchObject({
      id: id.old,
      headline: "Headline old",
      dek: "Old dek",
      authors: ["Aaron Co", expect.stringMatching(/^Writer \d+$/)],
      section: { name: expect.stringMatching(/^Section /) },
      tags: [
        { slug: "arts", name: "Arts" },
        { slug: "roads", name: "Roads" },
      ],
    });
    expect(old.publishedAt).toEqual(daysAgo(3));
  });

  it("returns nothing for a scope with no live stories", () => {
    expect(listFeedArticles({ kind: "tag", id: tagId + 1000 })).toEqual([]);
  });
});
