import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { articles, comments, sections, users, type CommentStatus } from "@/db/schema";
import {
  getApprovedCommentOf,
  isApprovedCommentOf,
  listApprovedComments,
} from "./comments";

const at = (minute: number) => new Date(Date.UTC(2030, 0, 1, 12, minute));
let articleId = 0;
let otherArticleId = 0;
const comment: Record<string, number> = {};

beforeAll(() => {
  const db = openDatabase(process.env.DATABASE_PATH!);
  const user = db
    .insert(users)
    .values({ email: "w@example.test", name: "W", slug: "w", passwordHash: "x", role: "author" })
    .returning()
    .get();
  const section = db.insert(sections).values({ slug: "news", name: "News" }).returning().get();
  const [a, b] = db
    .insert(articles)
    .values([
      {
        slug: "a",
        headline: "A",
        status: "published",
        publishedAt: at(0),
        sectionId: section.id,
        createdById: user.id,
      },
      {
        slug: "b",
        headline: "B",
        status: "published",
        publishedAt: at(0),
        sectionId: section.id,
        createdById: user.id,
      },
    ])
    .returning({ id: articles.id })
    .all();
  articleId = a!.id;
  otherArticleId = b!.id;
  const add = (key: string, status: CommentStatus, minute: number, parent?: string, article = articleId) => {
    comment[key] = db
      .insert(comments)
      .values({
        articleId: article,
        parentId: parent ? comment[parent] : null,
        authorName: `Reader ${key}`,
        authorEmail: `${key}@private.test`,
        body: `Body ${key}`,
        status,
        createdAt: at(minute),
        ipHash: "hash-of-ip",
      })
      .returning({ id: comments.id })
      .get().id;
  };
  add("second", "approved", 5);
  add("first", "approved", 1);
  add("reply", "approved", 6, "first");
  add("pending", "pending", 7);
  add("rejected", "rejected", 8);
  add("spam", "spam", 9);
  add("elsewhere", "approved", 2, undefined, otherArticleId);
  db.$client.close();
});

describe("listApprovedComments", () => {
  it("lists only approved comments of the article, oldest first, without email or IP hash", () => {
    const list = listApprovedComments(articleId);
    expect(list.map((c) => c.body)).toEqual(["Body first", "Body second", "Body reply"]);
    expect(list[2]).toEqual({
      id: comment.reply,
      parentId: comment.first,
      authorName: "Reader reply",
      body: "Body reply",
      createdAt: at(6),
      featured: false,
    });
    const json = JSON.stringify(list);
    expect(json).not.toContain("private.test");
    expect(json).not.toContain("hash-of-ip");
  });
});

describe("isApprovedCommentOf", () => {
  it("accepts an approved comment of the same article only", () => {
    expect(isApprovedCommentOf(comment.first!, articleId)).toBe(true);
    expect(isApprovedCommentOf(comment.first!, otherArticleId)).toBe(false);
    expect(isApprovedCommentOf(comment.pending!, articleId)).toBe(false);
    expect(isApprovedCommentOf(comment.spam!, articleId)).toBe(false);
    expect(isApprovedCommentOf(999_999, articleId)).toBe(false);
  });
});

describe("getApprovedCommentOf", () => {
  it("returns the public fields of an approved comment of the same article, nothing else", () => {
    expect(getApprovedCommentOf(comment.reply!, articleId)).toEqual({
      id: comment.reply,
      parentId: comment.first,
      authorName: "Reader reply",
      body: "Body reply",
      createdAt: at(6),
      featured: false,
    });
    expect(JSON.stringify(getApprovedCommentOf(comment.first!, articleId))).not.toContain("private.test");
  });

  it.each([
    ["on another article", () => [comment.first!, otherArticleId]],
    ["pending", () => [comment.pending!, articleId]],
    ["rejected", () => [comment.rejected!, articleId]],
    ["spam", () => [comment.spam!, articleId]],
    ["unknown", () => [999_999, articleId]],
  ])("returns nothing for a comment %s", (_case, ids) => {
    const [commentId, article] = ids() as [number, number];
    expect(getApprovedCommentOf(commentId, article)).toBeUndefined();
  });
});
