import { describe, expect, it } from "vitest";
import { diffSnapshots, parseSnapshot, unchangedLabels, type ArticleSnapshot } from "./revision-snapshot";

const base: ArticleSnapshot = parseSnapshot({
  headline: "Ferry returns",
  slug: "ferry-returns",
  dek: "Crossings resume",
  body: "The ferry is back.\n\nIt runs daily.",
  section: { id: 1, name: "News" },
  tags: ["Transport"],
  authors: [{ id: 7, name: "Ada Lane" }],
  heroImageUrl: null,
  heroImageAlt: "",
  heroImageCaption: "",
  heroImageCredit: "",
  heroMediaId: null,
  seoTitle: "",
  seoDescription: "",
  commentsOpen: true,
});

describe("parseSnapshot", () => {
  it("fills defaults for fields an older revision lacks and never throws", () => {
    const old = parseSnapshot({ headline: "Old", body: "Text" });
    expect(old).toMatchObject({ headline: "Old", body: "Text", seoTitle: "", heroMediaId: null, commentsOpen: true, tags: [] });
    expect(parseSnapshot(null).headline).toBe("");
    expect(parseSnapshot("garbage").authors).toEqual([]);
    expect(parseSnapshot({ headline: 42, tags: "x" })).toMatchObject({ headline: "", tags: [] });
  });
});

describe("diffSnapshots", () => {
  it("returns nothing for identical snapshots", () => {
    expect(diffSnapshots(base, { ...base })).toEqual([]);
    expect(unchangedLabels(base, base)).toHaveLength(15);
  });

  it("diffs changed fields word by word, in the editor's order", () => {
    const after = { ...base, headline: "Ferry returns for summer", body: "The ferry is back.\n\nIt runs hourly." };
    const diffs = diffSnapshots(base, after);
    expect(diffs.map((d) => d.label)).toEqual(["Headline", "Body"]);
    expect(diffs[0]?.parts).toEqual([
      { kind: "same", text: "Ferry returns" },
      { kind: "added", text: " for summer" },
    ]);
    const body = diffs[1]!;
    expect(body.long).toBe(true);
    expect(body.parts.filter((p) => p.kind === "removed").map((p) => p.text)).toEqual(["daily"]);
    expect(body.parts.filter((p) => p.kind === "added").map((p) => p.text)).toEqual(["hourly"]);
    expect(unchangedLabels(base, after)).not.toContain("Body");
  });

  it("reads section, byline, tags and switches as people see them", () => {
    const after: ArticleSnapshot = {
      ...base,
      section: { id: 2, name: "Culture" },
      authors: [{ id: 8, name: "Bea Moss" }, { id: 7, name: "Ada Lane" }],
      tags: ["Transport", "Summer"],
      commentsOpen: false,
      heroMediaId: 12,
      seoTitle: "Ferry back",
    };
    const byLabel = Object.fromEntries(diffSnapshots(base, after).map((d) => [d.label, d.parts]));
    expect(Object.keys(byLabel)).toEqual(["Section", "Tags", "Authors", "Hero library image", "SEO title", "Comments"]);
    expect(byLabel["Section"]).toEqual([
      { kind: "removed", text: "News" },
      { kind: "added", text: "Culture" },
    ]);
    expect(byLabel["Comments"]).toEqual([
      { kind: "removed", text: "Open" },
      { kind: "added", text: "Closed" },
    ]);
    expect(byLabel["Authors"]?.find((p) => p.kind === "added")?.text).toContain("Bea Moss");
  });

  it("compares section and byline by id, so a renamed section is no change", () => {
    const renamed = { ...base, section: { id: 1, name: "Local news" } };
    expect(diffSnapshots(base, renamed)).toEqual([]);
  });

  it("still shows a change between two people of the same name", () => {
    const other = { ...base, authors: [{ id: 99, name: "Ada Lane" }] };
    expect(diffSnapshots(base, other)).toEqual([{ field: "authors", label: "Authors", long: false, parts: [{ kind: "same", text: "Ada Lane" }] }]);
  });
});
