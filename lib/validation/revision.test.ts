import { describe, expect, it } from "vitest";
import { compareQuerySchema, comparePair, restoreRevisionSchema } from "./revision";

describe("comparePair", () => {
  const pair = (q: Record<string, string>, count: number) => comparePair(compareQuerySchema.parse(q), count);

  it.each([
    [{}, 5, { from: 4, to: 5 }],
    [{ from: "2", to: "4" }, 5, { from: 2, to: 4 }],
    [{ from: "4", to: "2" }, 5, { from: 4, to: 2 }],
    [{ to: "1" }, 5, { from: 2, to: 1 }],
    [{ from: "9", to: "3" }, 5, { from: 2, to: 3 }],
    [{ from: "abc", to: "-1" }, 5, { from: 4, to: 5 }],
    [{ from: "3", to: "3" }, 5, { from: 2, to: 3 }],
  ])("%j of %i revisions compares %j", (q, count, expected) => {
    expect(pair(q as Record<string, string>, count)).toEqual(expected);
  });

  it("has nothing to compare with fewer than two revisions", () => {
    expect(pair({}, 1)).toBeNull();
    expect(pair({}, 0)).toBeNull();
  });
});

describe("restoreRevisionSchema", () => {
  it("accepts positive ids and refuses anything else", () => {
    expect(restoreRevisionSchema.safeParse({ articleId: 3, revisionId: "12" }).success).toBe(true);
    expect(restoreRevisionSchema.safeParse({ articleId: 3, revisionId: "x" }).success).toBe(false);
    expect(restoreRevisionSchema.safeParse({ articleId: -1, revisionId: "4" }).success).toBe(false);
    expect(restoreRevisionSchema.safeParse({ articleId: 3, revisionId: null }).success).toBe(false);
  });
});
