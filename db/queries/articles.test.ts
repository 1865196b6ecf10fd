import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { articleAuthors, articles, articleTags, sections, tags, users, type NewArticle } from "@/db/schema";
import {
  countPublishedByAuthor,
  countPublishedBySection,
  countPublishedByTag,
  getCommentTarget,
  getPublishedArticleBySlug,
  listLatestPublished,
  listPublishedByAuthor,
  listPublishedBySection,
  listPublishedByTag,
  listRelated,
} from "./articles";
import { getAuthorBySlug } from "./authors";
import { getTagBySlug } from "./tags";

const daysAgo = (d: number) => new Date(Math.floor(Date.now() / 1000 - d * 86_400) * 1000);
const ids = { news: 0, culture: 0, ada: 0, ben: 0, moderator: 0, tagFlood: 0, tagDraftOnly: 0 };
const article: Record<string, number> = {};

beforeAll(() => {
  const db = openDatabase(process.env.DATABASE_PATH!);
  const [ada, ben, moderator] = db
    .insert(users)
    .values([
      { email: "ada@example.test", name: "Ada Writer", slug: "ada-writer", passwordHash: "secret-hash", role: "author", bio: "Covers the river." },
      { email: "ben@example.test", name: "Ben Editor", slug: "ben-editor", passwordHash: "secret-hash", role: "editor", avatarUrl: "/avatars/ben.jpg" },
      { email: "mod@example.test", name: "Mo Moderator", slug: "mo-moderator", passwordHash: "secret-hash", role: "moderator" },
    ])
    .returning({ id: users.id })
    .all();
  Object.assign(ids, { ada: ada!.id, ben: ben!.id, moderator: moderator!.id });
  const [news, culture] = db
    .insert(sections)
    .values([
      { slug: "news", name: "News", sortOrder: 1 },
      { slug: "culture", name: "Culture", sortOrder: 2 },
    ])
    .returning({ id: sections.id })
    .all();
  Object.assign(ids, { news: news!.id, culture: culture!.id });

  const base = { createdById: ids.ada, dek: "", body: "Body" } as const;
  const rows: NewArticle[] = [
    { ...base, slug: "lead", headline: "Lead story", dek: "The dek", status: "published", publishedAt: daysAgo(0.5), sectionId: ids.news, heroImageUrl: "/images/lead.jpg", heroImageAlt: "A river", heroImageCaption: "The river at dawn" },
    { ...base, slug: "draft", headline: "Secret draft", status: "draft", sectionId: ids.news },
    { ...base, slug: "scheduled", headline: "Scheduled story", status: "published", publishedAt: daysAgo(-2), sectionId: ids.news },
    { ...base, slug: "closed", headline: "Closed story", status: "published", publishedAt: daysAgo(30), sectionId: ids.culture, commentsOpen: false },
  ];
  // Twelve older news stories for paging: news-1 is the newest of them.
  for (let i = 1; i <= 12; i++) {
    rows.push({ ...base, slug: `news-${i}`, headline: `News ${i}`, status: "published", publishedAt: daysAgo(i), sectionId: ids.news });
  }
  for (const row of db.insert(articles).values(rows).returning({ id: articles.id, slug: articles.slug }).all()) {
    article[row.slug] = row.id;
  }
  db.insert(articleAuthors)
    .values([
      // Ben is listed first on the lead although Ada's row was inserted first: sort_order decides.
      { articleId: article.lead!, userId: ids.ada, sortOrder: 1 },
      { articleId: article.lead!, userId: ids.ben, sortOrder: 0 },
      { articleId: article.draft!, userId: ids.moderator, sortOrder: 0 },
      { articleId: article.closed!, userId: ids.ada, sortOrder: 0 },
      ...Array.from({ length: 12 }, (_, i) => ({ articleId: article[`news-${i + 1}`]!, userId: ids.ben, sortOrder: 0 })),
    ])
    .run();
  const [flood, draftOnly] = db
    .insert(tags)
    .values([
      { slug: "flooding", name: "Flooding" },
      { slug: "draft-only", name: "Draft only" },
    ])
    .returning({ id: tags.id })
    .all();
  Object.assign(ids, { tagFlood: flood!.id, tagDraftOnly: draftOnly!.id });
  db.insert(articleTags)
    .values([
      { articleId: article.lead!, tagId: ids.tagFlood },
      { articleId: article["news-1"]!, tagId: ids.tagFlood },
      { articleId: article.draft!, tagId: ids.tagFlood },
      { articleId: article.draft!, tagId: ids.tagDraftOnly },
    ])
    .run();
  db.$client.close();
});

describe("getPublishedArticleBySlug", () => {
  it("returns a live article with section, ordered byline, author boxes and tags", () => {
    const lead = getPublishedArticleBySlug("lead");
    expect(lead).toMatchObject({
      headline: "Lead story",
      dek: "The dek",
      heroImageCaption: "The river at dawn",
      commentsOpen: true,
      section: { slug: "news", name: "News" },
      tags: [{ slug: "flooding", name: "Flooding" }],
    });
    expect(lead?.authors.map((a) => a.slug)).toEqual(["ben-editor", "ada-writer"]);
    expect(lead?.authors[1]).toEqual({ name: "Ada Writer", slug: "ada-writer", bio: "Covers the river.", avatarUrl: null });
    expect(JSON.stringify(lead)).not.toContain("example.test");
    expect(JSON.stringify(lead)).not.toContain("secret-hash");
  });

  it.each(["draft", "scheduled", "no-such-story"])("hides %s", (slug) => {
    expect(getPublishedArticleBySlug(slug)).toBeUndefined();
  });
});

describe("lists", () => {
  it("lists the newest published stories first, with bylines, and never drafts or scheduled ones", () => {
    const latest = listLatestPublished({ limit: 20, offset: 0 });
    expect(latest.map((a) => a.slug).slice(0, 3)).toEqual(["lead", "news-1", "news-2"]);
    expect(latest).toHaveLength(14);
    expect(latest.map((a) => a.slug)).not.toContain("draft");
    expect(latest.map((a) => a.slug)).not.toContain("scheduled");
    expect(latest[0]!.authors).toEqual([
      { name: "Ben Editor", slug: "ben-editor" },
      { name: "Ada Writer", slug: "ada-writer" },
    ]);
  });

  it("pages through a section and counts only live stories", () => {
    expect(countPublishedBySection(ids.news)).toBe(13);
    const page2 = listPublishedBySection(ids.news, { limit: 10, offset: 10 });
    expect(page2.map((a) => a.slug)).toEqual(["news-10", "news-11", "news-12"]);
    expect(listPublishedBySection(ids.culture, { limit: 10, offset: 0 }).map((a) => a.slug)).toEqual(["closed"]);
  });

  it("lists a tag's live stories only", () => {
    expect(countPublishedByTag(ids.tagFlood)).toBe(2);
    expect(listPublishedByTag(ids.tagFlood, { limit: 10, offset: 0 }).map((a) => a.slug)).toEqual(["lead", "news-1"]);
    expect(countPublishedByTag(ids.tagDraftOnly)).toBe(0);
  });

  it("lists an author's stories by byline", () => {
    expect(countPublishedByAuthor(ids.ben)).toBe(13);
    expect(listPublishedByAuthor(ids.ada, { limit: 10, offset: 0 }).map((a) => a.slug)).toEqual(["lead", "closed"]);
    expect(listPublishedByAuthor(ids.ben, { limit: 2, offset: 1 }).map((a) => a.slug)).toEqual(["news-1", "news-2"]);
  });

  it("relates the newest three other stories of the same section", () => {
    const related = listRelated({ id: article.lead!, sectionId: ids.news });
    expect(related.map((a) => a.slug)).toEqual(["news-1", "news-2", "news-3"]);
    expect(listRelated({ id: article.closed!, sectionId: ids.culture })).toEqual([]);
  });
});

describe("comment target, authors and tags", () => {
  it("only offers live articles as comment targets, with their open flag", () => {
    expect(getCommentTarget(article.closed!)).toEqual({ id: article.closed, slug: "closed", commentsOpen: false });
    expect(getCommentTarget(article.draft!)).toBeUndefined();
    expect(getCommentTarget(article.scheduled!)).toBeUndefined();
  });

  it("gives writers with a live byline a public profile without private fields", () => {
    expect(getAuthorBySlug("ada-writer")).toEqual({ id: ids.ada, slug: "ada-writer", name: "Ada Writer", bio: "Covers the river.", avatarUrl: null });
    // Bylined only on a draft: no public page.
    expect(getAuthorBySlug("mo-moderator")).toBeUndefined();
    expect(getAuthorBySlug("nobody")).toBeUndefined();
  });

  it("finds tags by slug", () => {
    expect(getTagBySlug("flooding")).toEqual({ id: ids.tagFlood, slug: "flooding", name: "Flooding" });
    expect(getTagBySlug("nope")).toBeUndefined();
  });
});
