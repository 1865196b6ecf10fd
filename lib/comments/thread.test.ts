import { describe, expect, it } from "vitest";
import { arrangeThread, pageOfComment, threadPage, threadPagePath } from "./thread";

const at = (minute: number) => new Date(Date.UTC(2030, 0, 1, 12, minute));
type C = { id: number; parentId: number | null; authorName: string; createdAt: Date };
const c = (id: number, parentId: number | null, minute = id): C => ({
  id,
  parentId,
  authorName: `R${id}`,
  createdAt: at(minute),
});

describe("arrangeThread", () => {
  it("nests three levels and labels deeper replies with whom they answer", () => {
    const [root] = arrangeThread([c(1, null), c(2, 1), c(3, 2), c(4, 3), c(5, 4)]);
    const level2 = root!.replies[0]!;
    // Deeper replies join the third level, in order, each saying whom it answers.
    expect(level2.replies.map((r) => [r.id, r.depth, r.replyingTo])).toEqual([
      [3, 3, null],
      [4, 3, "R3"],
      [5, 3, "R4"],
    ]);
    expect(root!.replyCount).toBe(4);
  });
});

describe("threadPage", () => {
  const flat = [c(1, null), c(2, null), c(3, 2), c(4, 2), c(5, null), c(6, 5)];
  it.each([
    ["oldest", [1, 2, 5]],
    ["newest", [5, 2, 1]],
    ["replies", [2, 5, 1]],
  ] as const)("orders top-level comments %s", (sort, ids) => {
    expect(threadPage(flat, sort, 1)!.roots.map((r) => r.id)).toEqual(ids);
  });

  it("pages top-level comments with their replies, and has no page past the end", () => {
    const second = threadPage(flat, "oldest", 2, 2)!;
    expect(second).toMatchObject({ page: 2, pageCount: 2 });
    expect(second.roots.map((r) => [r.id, r.replies.map((x) => x.id)])).toEqual([[5, [6]]]);
    expect(threadPage(flat, "oldest", 3, 2)).toBeUndefined();
    expect(threadPage([], "oldest", 1)).toMatchObject({ page: 1, pageCount: 1, roots: [] });
    expect(threadPage([], "oldest", 0)).toBeUndefined();
  });

  it("finds the page of a reply through its top-level comment", () => {
    expect(pageOfComment(flat, 6, "oldest", 2)).toBe(2);
    expect(pageOfComment(flat, 3, "oldest", 2)).toBe(1);
    expect(pageOfComment(flat, 99, "oldest", 2)).toBeUndefined();
  });
});

describe("threadPagePath", () => {
  it("is the article itself for the default order's first page", () => {
    expect(threadPagePath("s", "oldest", 1)).toBe("/articles/s");
    expect(threadPagePath("s", "oldest", 2)).toBe("/articles/s/comments/oldest/2");
    expect(threadPagePath("s", "newest", 1)).toBe("/articles/s/comments/newest/1");
  });
});
