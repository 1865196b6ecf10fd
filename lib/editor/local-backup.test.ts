import { describe, expect, it } from "vitest";
import { backupDecision, backupKey, parseBackup, valuesKey } from "./local-backup";

const stored = { values: { headline: "Ferry", body: "Saved text", authorIds: [1] }, savedAt: 1_000 };

describe("parseBackup", () => {
  it("reads a valid backup and shrugs off junk", () => {
    const backup = { at: 2_000, version: 3, values: { body: "x", authorIds: [1], commentsOpen: true } };
    expect(parseBackup(JSON.stringify(backup))).toEqual(backup);
    expect(parseBackup(null)).toBeNull();
    expect(parseBackup("{not json")).toBeNull();
    expect(parseBackup(JSON.stringify({ at: "soon" }))).toBeNull();
  });

  it("keys backups per article", () => {
    expect(backupKey(12)).not.toBe(backupKey(13));
  });
});

describe("backupDecision", () => {
  it("offers newer unsaved text", () => {
    expect(backupDecision({ at: 2_000, version: 1, values: { ...stored.values, body: "Typed later" } }, stored)).toBe("offer");
  });

  it("discards a backup that matches what is stored (it was saved)", () => {
    expect(backupDecision({ at: 2_000, version: 1, values: { ...stored.values } }, stored)).toBe("discard");
  });

  it("does not offer text older than the stored version", () => {
    expect(backupDecision({ at: 500, version: 1, values: { ...stored.values, body: "Old typing" } }, stored)).toBe("ignore");
  });

  it("has nothing to say without a backup", () => {
    expect(backupDecision(null, stored)).toBe("none");
  });
});

describe("valuesKey", () => {
  it("ignores key order", () => {
    expect(valuesKey({ a: 1, b: [2] })).toBe(valuesKey({ b: [2], a: 1 }));
  });
});
