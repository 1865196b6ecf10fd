import { describe, expect, it } from "vitest";
import { collapseUnchanged, diffText, hasChanges } from "./text-diff";

describe("diffText", () => {
  it("marks changed words and keeps the rest", () => {
    expect(diffText("The ferry runs daily.", "The ferry runs hourly.")).toEqual([
      { kind: "same", text: "The ferry runs " },
      { kind: "removed", text: "daily" },
      { kind: "added", text: "hourly" },
      { kind: "same", text: "." },
    ]);
  });

  it("joins the parts back into either text", () => {
    const before = "## Council\n\nThe vote was 5 to 4.\n\nMore soon.";
    const after = "## City council\n\nThe vote was 6 to 3.\n\nMore soon, with quotes.";
    const parts = diffText(before, after);
    expect(parts.filter((p) => p.kind !== "added").map((p) => p.text).join("")).toBe(before);
    expect(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe(after);
  });

  it("shows a rewritten paragraph as replaced, not as scattered shared words", () => {
    const before = "Intro stays.\nThe authority is preparing its first full review of bus fares.\nOutro stays.";
    const after = "Intro stays.\nSome text and a link to the report.\nOutro stays.";
    expect(diffText(before, after)).toEqual([
      { kind: "same", text: "Intro stays.\n" },
      { kind: "removed", text: "The authority is preparing its first full review of bus fares.\n" },
      { kind: "added", text: "Some text and a link to the report.\n" },
      { kind: "same", text: "Outro stays." },
    ]);
  });

  it("handles empty and equal texts", () => {
    expect(diffText("", "")).toEqual([]);
    expect(diffText("same", "same")).toEqual([{ kind: "same", text: "same" }]);
    expect(diffText("", "new")).toEqual([{ kind: "added", text: "new" }]);
    expect(hasChanges(diffText("a", "a"))).toBe(false);
    expect(hasChanges(diffText("a", "b"))).toBe(true);
  });

  it("keeps markup as text: a diff never produces HTML", () => {
    const parts = diffText("safe", "<img src=x onerror=alert(1)>");
    expect(parts.find((p) => p.kind === "added")?.text).toContain("<img");
  });

  it("falls back to a line diff for huge texts, still exact", () => {
    const before = Array.from({ length: 4000 }, (_, i) => `Line ${i} of the story.`).join("\n");
    const after = before.replace("Line 2000 of", "Line 2000 (changed) of");
    const parts = diffText(before, after);
    expect(parts.filter((p) => p.kind !== "added").map((p) => p.text).join("")).toBe(before);
    expect(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe(after);
    expect(parts.filter((p) => p.kind === "added")).toHaveLength(1);
  });
});

describe("collapseUnchanged", () => {
  it("hides long unchanged runs between changes but keeps context lines", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i}`);
    const parts = diffText(lines.join("\n"), [...lines.slice(0, 29), "line 29 changed"].join("\n"));
    const collapsed = collapseUnchanged(parts);
    expect(collapsed.some((p) => p.kind === "gap")).toBe(true);
    const shown = collapsed.map((p) => ("text" in p ? p.text : "")).join("");
    expect(shown).toContain("line 27");
    expect(shown).not.toContain("line 10\n");
  });

  it("leaves short texts alone", () => {
    const parts = diffText("a\nb\nc", "a\nb\nd");
    expect(collapseUnchanged(parts)).toEqual(parts);
  });
});
