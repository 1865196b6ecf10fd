import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { articles, comments, sections, users } from "@/db/schema";
import { countCommentsByStatus } from "./moderation";
import { decideComment } from "./moderation-decisions";

let articleId = 0;
let moderatorId = 0;

beforeAll(() => {
  moderatorId = db
    .insert(users)
    .values({ email: "mod@example.test", name: "Jun Okafor", slug: "jun", passwordHash: "x", role: "moderator" })
    .returning({ id: users.id })
    .get().id;
  const section = db.insert(sections).values({ slug: "news", name: "News" }).returning().get();
  articleId = db
    .insert(articles)
    .values({ slug: "flood", headline: "Flood barrier", status: "published", sectionId: section.id, createdById: moderatorId })
    .returning({ id: articles.id })
    .get().id;
});

describe("countCommentsByStatus", () => {
  it("counts every state and follows decisions", () => {
    const before = countCommentsByStatus();
    const { id } = db
      .insert(comments)
      .values({ articleId, authorName: "Reader", authorEmail: "r@example.test", body: "counted" })
      .returning({ id: comments.id })
      .get();
    expect(countCommentsByStatus().pending).toBe(before.pending + 1);
    decideComment({ id, expected: "pending", to: "spam", actorId: moderatorId });
    expect(countCommentsByStatus()).toEqual({ ...before, spam: before.spam + 1 });
  });
});
