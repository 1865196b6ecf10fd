import { describe, expect, it } from "vitest";
import { conflictingFields, mergeChoices, sameFormValue } from "./conflict";

const base = { headline: "Ferry", body: "Old body", dek: "Dek", commentsOpen: true, authorIds: [1] };

describe("conflictingFields", () => {
  it("lists fields that differ; what the writer changed starts on mine, the rest on theirs", () => {
    const mine = { ...base, body: "My body", headline: "My headline" };
    const theirs = { ...base, body: "Their body", dek: "Their dek", authorIds: [1, 2] };
    expect(conflictingFields(mine, theirs, base)).toEqual([
      { field: "headline", initial: "mine" },
      { field: "body", initial: "mine" },
      { field: "dek", initial: "theirs" },
      { field: "authorIds", initial: "theirs" },
    ]);
  });

  it("finds nothing when both sides made the same change", () => {
    const same = { ...base, body: "Agreed" };
    expect(conflictingFields(same, { ...same }, base)).toEqual([]);
  });
});

describe("mergeChoices", () => {
  it("takes each chosen field from its side and leaves the rest as mine", () => {
    const mine = { ...base, body: "My body", dek: "My dek" };
    const theirs = { ...base, body: "Their body", dek: "Their dek", commentsOpen: false };
    expect(mergeChoices(mine, theirs, { body: "mine", dek: "theirs", commentsOpen: "theirs" })).toEqual({
      ...base,
      body: "My body",
      dek: "Their dek",
      commentsOpen: false,
    });
  });
});

describe("sameFormValue", () => {
  it("compares lists by content and order", () => {
    expect(sameFormValue([1, 2], [1, 2])).toBe(true);
    expect(sameFormValue([1, 2], [2, 1])).toBe(false);
    expect(sameFormValue("a", "a")).toBe(true);
    expect(sameFormValue(true, false)).toBe(false);
  });
});
