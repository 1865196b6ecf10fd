import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import {
  articles,
  commentAppeals,
  commentReports,
  comments,
  sections,
  users,
  type CommentStatus,
} from "@/db/schema";
import { listLatestPublished } from "./articles";
import {
  appealRejection,
  commentPermalinkPath,
  getCommentByStatusToken,
  getCommentThread,
  hashStatusToken,
  reportComment,
} from "./comment-reader";
import { countApprovedComments } from "./comments";

const at = (minute: number) => new Date(Date.UTC(2020, 0, 1, 12, minute));
const db = () => openDatabase(process.env.DATABASE_PATH!);
let articleId = 0;
let draftId = 0;
const id: Record<string, number> = {};
const TOKEN = {
  pending: "pending-token-0123456789",
  approved: "approved-token-0123456789",
  rejected: "rejected-token-012345678",
};

beforeAll(() => {
  const d = db();
  const user = d
    .insert(users)
    .values({ email: "w@example.test", name: "W", slug: "w", passwordHash: "x", role: "author" })
    .returning()
    .get();
  const section = d.insert(sections).values({ slug: "news", name: "News" }).returning().get();
  const base = { sectionId: section.id, createdById: user.id, publishedAt: at(0) };
  articleId = d
    .insert(articles)
    .values({ ...base, slug: "live", headline: "Live", status: "published" })
    .returning()
    .get().id;
  draftId = d
    .insert(articles)
    .values({ ...base, slug: "draft", headline: "Draft", status: "draft" })
    .returning()
    .get().id;
  const add = (
    key: string,
    status: CommentStatus,
    minute: number,
    extra: Partial<typeof comments.$inferInsert> = {},
  ) => {
    id[key] = d
      .insert(comments)
      .values({
        articleId,
        authorName: `R ${key}`,
        authorEmail: "x@private.test",
        body: key,
        status,
        createdAt: at(minute),
        ...extra,
      })
      .returning()
      .get().id;
  };
  add("a", "approved", 1);
  add("b", "approved", 2, { featured: true });
  add("b1", "approved", 3, { parentId: id.b });
  add("c", "approved", 4);
  add("pending", "pending", 5, { statusTokenHash: hashStatusToken(TOKEN.pending) });
  add("mine", "approved", 6, { parentId: id.a, statusTokenHash: hashStatusToken(TOKEN.approved) });
  add("rejected", "rejected", 7, {
    reason: "Personal attack",
    statusTokenHash: hashStatusToken(TOKEN.rejected),
  });
  id.onDraft = d
    .insert(comments)
    .values({ articleId: draftId, authorName: "D", authorEmail: "d@x.test", body: "d", status: "approved" })
    .returning()
    .get().id;
  d.$client.close();
});

describe("getCommentThread", () => {
  it("counts approved comments, puts featured ones first on page 1, and sorts", () => {
    const view = getCommentThread(articleId, "oldest", 1)!;
    expect(view.total).toBe(5);
    expect(countApprovedComments(articleId)).toBe(5);
    expect(view.featured.map((c) => c.id)).toEqual([id.b]);
    expect(view.thread.roots.map((r) => r.id)).toEqual([id.a, id.b, id.c]);
    expect(getCommentThread(articleId, "newest", 1)!.thread.roots.map((r) => r.id)).toEqual([
      id.c,
      id.b,
      id.a,
    ]);
    // a and b have one reply each: the older first.
    expect(getCommentThread(articleId, "replies", 1)!.thread.roots.map((r) => r.id)).toEqual([
      id.a,
      id.b,
      id.c,
    ]);
    expect(getCommentThread(articleId, "oldest", 2)).toBeUndefined();
  });

  it("gives article cards their approved comment count in the list query", () => {
    expect(listLatestPublished({ limit: 10, offset: 0 }).find((a) => a.id === articleId)?.commentCount).toBe(
      5,
    );
  });
});

describe("commentPermalinkPath", () => {
  it("leads to the comment's page and anchor, and only for public comments", () => {
    expect(commentPermalinkPath(id.mine!)).toBe(`/articles/live#comment-${id.mine}`);
    expect(commentPermalinkPath(id.pending!)).toBeUndefined();
    expect(commentPermalinkPath(id.onDraft!)).toBeUndefined();
  });
});

describe("reportComment", () => {
  it("counts one report per reader and refuses comments readers cannot see", () => {
    const report = (commentId: number, reporterHash: string) =>
      reportComment({ commentId, reason: "abuse", detail: "", reporterHash });
    expect(report(id.c!, "reader-1")).toBe("reported");
    expect(report(id.c!, "reader-1")).toBe("repeat");
    expect(report(id.c!, "reader-2")).toBe("reported");
    expect(report(id.pending!, "reader-1")).toBe("not-found");
    expect(report(id.onDraft!, "reader-1")).toBe("not-found");
    const d = db();
    expect(d.select({ n: comments.reportCount }).from(comments).where(eq(comments.id, id.c!)).get()?.n).toBe(
      2,
    );
    expect(d.select().from(commentReports).where(eq(commentReports.commentId, id.c!)).all()).toHaveLength(2);
    d.$client.close();
  });
});

describe("status links", () => {
  it("finds a comment by its token's hash only", () => {
    expect(getCommentByStatusToken(TOKEN.pending)).toMatchObject({
      id: id.pending,
      status: "pending",
      appeal: null,
    });
    expect(getCommentByStatusToken(TOKEN.rejected)).toMatchObject({
      status: "rejected",
      reason: "Personal attack",
    });
    expect(getCommentByStatusToken(hashStatusToken(TOKEN.pending))).toBeUndefined();
    expect(getCommentByStatusToken("short")).toBeUndefined();
  });

  it("takes one appeal against a rejection, and none against anything else", () => {
    expect(appealRejection(TOKEN.pending, "Please")).toBe("not-rejected");
    expect(appealRejection("unknown-token-0123456789", "Please")).toBe("not-found");
    expect(appealRejection(TOKEN.rejected, "It was a joke")).toBe("appealed");
    expect(appealRejection(TOKEN.rejected, "Again")).toBe("already-appealed");
    const d = db();
    expect(
      d.select().from(commentAppeals).where(eq(commentAppeals.commentId, id.rejected!)).all(),
    ).toMatchObject([{ message: "It was a joke" }]);
    d.$client.close();
    expect(getCommentByStatusToken(TOKEN.rejected)?.appeal).toMatchObject({ outcome: null });
  });
});
