import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/admin", "/admin"],
    ["/admin/articles?status=draft", "/admin/articles?status=draft"],
    [
      "/articles/riverside-flood-barrier-approved#comments",
      "/articles/riverside-flood-barrier-approved#comments",
    ],
  ])("keeps same-site path %j", (value, expected) => {
    expect(safeReturnPath(value, "/fallback")).toBe(expected);
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["empty", ""],
    ["absolute URL", "https://evil.example/admin"],
    ["protocol-relative URL", "//evil.example/admin"],
    ["backslash trick", "/\\evil.example"],
    ["javascript: URL", "javascript:alert(1)"],
    ["relative path", "admin"],
  ])("falls back for %s", (_name, value) => {
    expect(safeReturnPath(value, "/fallback")).toBe("/fallback");
  });
});
