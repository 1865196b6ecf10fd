import { describe, expect, it } from "vitest";
import { closestTerm, editDistance } from "./typo";

describe("editDistance", () => {
  it.each([
    ["barrier", "barrier", 0],
    ["barier", "barrier", 1],
    ["cuoncil", "council", 1],
    ["counsil", "council", 1],
    ["kitten", "sitting", 3],
  ])("%s -> %s is %i (capped at max + 1)", (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(d, 3));
  });
});

describe("closestTerm", () => {
  const vocab = [
    { term: "barrier", docs: 4 },
    { term: "barren", docs: 1 },
    { term: "council", docs: 9 },
    { term: "counsel", docs: 2 },
  ];
  it("picks the nearest, then the most common word", () => {
    expect(closestTerm("barier", vocab)).toBe("barrier");
    expect(closestTerm("councel", vocab)).toBe("council");
    expect(closestTerm("otterz", [{ term: "otter", docs: 1 }, { term: "otters", docs: 1 }])).toBe("otters");
  });
  it("leaves short words and exact words alone", () => {
    expect(closestTerm("bar", vocab)).toBeNull();
    expect(closestTerm("council", vocab)).toBeNull();
  });
});
