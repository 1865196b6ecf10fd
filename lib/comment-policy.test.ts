import { describe, expect, it } from "vitest";
import { buildCommentTree } from "./comment-policy";

const c = (id: number, parentId: number | null = null) => ({ id, parentId });

describe("buildCommentTree", () => {
  it("nests replies under their parent and keeps oldest-first order at each level", () => {
    const tree = buildCommentTree([c(1), c(2), c(3, 1), c(4, 1), c(5, 3)]);
    expect(tree.map((n) => n.id)).toEqual([1, 2]);
    expect(tree[0]!.replies.map((n) => n.id)).toEqual([3, 4]);
    expect(tree[0]!.replies[0]!.replies.map((n) => [n.id, n.depth])).toEqual([[5, 3]]);
  });

  it("attaches replies deeper than the limit to their deepest shown ancestor", () => {
    const tree = buildCommentTree([c(1), c(2, 1), c(3, 2), c(4, 3), c(5, 4)], 3);
    const level3 = tree[0]!.replies[0]!.replies[0]!;
    expect(level3.id).toBe(3);
    expect(level3.replies.map((n) => [n.id, n.depth])).toEqual([]);
    expect(tree[0]!.replies[0]!.replies.map((n) => [n.id, n.depth])).toEqual([
      [3, 3],
      [4, 3],
      [5, 3],
    ]);
  });

  it("shows a reply whose parent is not listed at the top level", () => {
    const tree = buildCommentTree([c(1), c(7, 99)]);
    expect(tree.map((n) => [n.id, n.depth])).toEqual([
      [1, 1],
      [7, 1],
    ]);
  });
});
