import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { articles, comments, sections, users, type CommentStatus } from "@/db/schema";
import {
  countArticleCommentsByStatus,
  countCommentsByStatus,
  listCommentsForModeration,
  MODERATION_PAGE_SIZE,
  setCommentStatus,
} from "./moderation";

let articleId = 0;
let otherArticleId = 0;
let moderatorId = 0;
let editorId = 0;
const minutesAgo = (m: number) => new Date(Date.UTC(2030, 0, 1, 12, 0) - m * 60_000);

function addComment(values: {
  body: string;
  status?: CommentStatus;
  createdAt: Date;
  article?: number;
  parentId?: number;
  moderatedAt?: Date;
}) {
  const { article, ...rest } = values;
  return db
    .insert(comments)
    .values({
      authorName: `Reader ${values.body}`,
      authorEmail: "reader@example.test",
      articleId: article ?? articleId,
      moderatedById: values.moderatedAt ? moderatorId : null,
      ...rest,
    })
    .returning({ id: comments.id })
    .get().id;
}

beforeAll(() => {
  const staff = db
    .insert(users)
    .values([
      { email: "mod@example.test", name: "Jun Okafor", slug: "jun", passwordHash: "x", role: "moderator" },
      { email: "ed@example.test", name: "Priya Raman", slug: "priya", passwordHash: "x", role: "editor" },
    ])
    .returning({ id: users.id })
    .all();
  moderatorId = staff[0]!.id;
  editorId = staff[1]!.id;
  const section = db.insert(sections).values({ slug: "news", name: "News" }).returning().get();
  const [a, b] = db
    .insert(articles)
    .values([
      { slug: "flood", headline: "Flood barrier", status: "published", sectionId: section.id, createdById: editorId },
      { slug: "other", headline: "Other story", status: "published", sectionId: section.id, createdById: editorId },
    ])
    .returning({ id: articles.id })
    .all();
  articleId = a!.id;
  otherArticleId = b!.id;
});

describe("listCommentsForModeration", () => {
  it("lists pending oldest first, with article, section and parent joined", () => {
    const parentId = addComment({ body: "parent", status: "approved", createdAt: minutesAgo(500), moderatedAt: minutesAgo(400) });
    const newer = addComment({ body: "newer", createdAt: minutesAgo(5) });
    const older = addComment({ body: "older", createdAt: minutesAgo(50), parentId });
    addComment({ body: "elsewhere", createdAt: minutesAgo(20), article: otherArticleId });

    const { comments: rows, total } = listCommentsForModeration({ status: "pending", page: 1, articleId });
    expect(total).toBe(2);
    expect(rows.map((r) => r.id)).toEqual([older, newer]);
    expect(rows[0]).toMatchObject({
      body: "older",
      authorName: "Reader older",
      authorEmail: "reader@example.test",
      status: "pending",
      article: { id: articleId, headline: "Flood barrier", slug: "flood", sectionName: "News" },
      parentAuthorName: "Reader parent",
      moderatedByName: null,
      moderatedAt: null,
    });
    expect(rows[1]!.parentAuthorName).toBeNull();
    expect(listCommentsForModeration({ status: "pending", page: 1 }).total).toBe(3);
  });

  it("lists decided comments newest decision first, naming the moderator", () => {
    const early = addComment({ body: "early", status: "rejected", createdAt: minutesAgo(90), moderatedAt: minutesAgo(80) });
    const late = addComment({ body: "late", status: "rejected", createdAt: minutesAgo(100), moderatedAt: minutesAgo(10) });
    const undated = addComment({ body: "undated", status: "rejected", createdAt: minutesAgo(1) });
    const { comments: rows } = listCommentsForModeration({ status: "rejected", page: 1 });
    expect(rows.map((r) => r.id)).toEqual([late, early, undated]);
    expect(rows[0]!.moderatedByName).toBe("Jun Okafor");
    expect(rows[0]!.moderatedAt).toEqual(minutesAgo(10));
  });

  it("pages through the queue 25 at a time", () => {
    const ids: number[] = [];
    for (let i = 0; i < MODERATION_PAGE_SIZE + 3; i++) {
      ids.push(addComment({ body: `spam ${i}`, status: "spam", createdAt: minutesAgo(1000), moderatedAt: minutesAgo(1000 - i) }));
    }
    const first = listCommentsForModeration({ status: "spam", page: 1 });
    const second = listCommentsForModeration({ status: "spam", page: 2 });
    expect(first.total).toBe(MODERATION_PAGE_SIZE + 3);
    expect(first.comments).toHaveLength(MODERATION_PAGE_SIZE);
    expect(second.comments.map((r) => r.id)).toEqual(ids.slice(0, 3).reverse());
    expect(listCommentsForModeration({ status: "spam", page: 3 }).comments).toEqual([]);
  });
});

describe("setCommentStatus", () => {
  it("moves a comment, stamps the moderator and returns the article slug", () => {
    const id = addComment({ body: "to approve", createdAt: minutesAgo(3) });
    const result = setCommentStatus({ id, from: "pending", to: "approved", moderatorId });
    expect(result).toEqual({ articleId, slug: "flood", authorName: "Reader to approve" });
    const row = db.select().from(comments).where(eq(comments.id, id)).get();
    expect(row).toMatchObject({ status: "approved", moderatedById: moderatorId });
    expect(row?.moderatedAt).toBeInstanceOf(Date);
  });

  it("lets only the first of two concurrent decisions through", () => {
    const id = addComment({ body: "contested", createdAt: minutesAgo(3) });
    const first = setCommentStatus({ id, from: "pending", to: "approved", moderatorId });
    const second = setCommentStatus({ id, from: "pending", to: "rejected", moderatorId: editorId });
    const repeat = setCommentStatus({ id, from: "pending", to: "approved", moderatorId: editorId });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    expect(repeat).toBeNull();
    const row = db.select().from(comments).where(eq(comments.id, id)).get();
    expect(row).toMatchObject({ status: "approved", moderatedById: moderatorId });
  });

  it("does nothing for a missing comment or a no-op decision", () => {
    const id = addComment({ body: "unchanged", createdAt: minutesAgo(3) });
    expect(setCommentStatus({ id: 999_999, from: "pending", to: "approved", moderatorId })).toBeNull();
    expect(setCommentStatus({ id, from: "pending", to: "pending", moderatorId })).toBeNull();
    expect(db.select().from(comments).where(eq(comments.id, id)).get()?.moderatedById).toBeNull();
  });
});

describe("counts", () => {
  it("counts every state, overall and per article, and follows decisions", () => {
    const before = countCommentsByStatus();
    const perArticle = countArticleCommentsByStatus(otherArticleId);
    const id = addComment({ body: "counted", createdAt: minutesAgo(2), article: otherArticleId });
    expect(countCommentsByStatus().pending).toBe(before.pending + 1);
    expect(countArticleCommentsByStatus(otherArticleId)).toEqual({ ...perArticle, pending: perArticle.pending + 1 });
    setCommentStatus({ id, from: "pending", to: "spam", moderatorId });
    const after = countCommentsByStatus();
    expect(after).toEqual({ ...before, spam: before.spam + 1 });
    const all = db.select().from(comments).all();
    for (const status of ["pending", "approved", "rejected", "spam"] as const) {
      expect(after[status]).toBe(all.filter((c) => c.status === status).length);
    }
  });
});
