import { describe, expect, it } from "vitest";
import { loadTargets } from "./targets";

const pages = {
  seededSlug: "demo",
  busiest: { slug: "busy", n: 95 },
  section: { slug: "news", n: 9_000 },
  searchWords: ["crabs", "tides"],
  deepPage: 500,
  searchWord: "harbour",
};

describe("loadTargets", () => {
  it("loads the cached pages first and the searches last, uncached before cached", () => {
    const targets = loadTargets(pages);
    const firstSearch = targets.findIndex((t) => t.path.startsWith("/search"));
    expect(targets.slice(firstSearch).every((t) => t.path.startsWith("/search"))).toBe(true);
    const searches = targets.slice(firstSearch);
    expect(searches.map((t) => [t.name, t.options?.uncached ?? false, t.options?.connections])).toEqual([
      ['search "harbour", 1 connection, uncached', true, 1],
      ["search, 2 words in turn, 1 connection, uncached", true, 1],
      ["search, 2 words in turn, uncached (capacity)", true, undefined],
      ['search "harbour"', false, undefined],
      ["search, 2 words in turn", false, undefined],
    ]);
    expect(searches.find((t) => t.kind === "capacity")?.options?.paths).toEqual(["/search?q=crabs", "/search?q=tides"]);
  });

  it("leaves out what the database cannot offer", () => {
    const names = loadTargets({ ...pages, busiest: undefined, deepPage: 1, searchWords: [] }).map((t) => t.name);
    expect(names).toEqual(["front page", "article (demo)", "article (demo), br", "section", "site feed", 'search "harbour", 1 connection, uncached', 'search "harbour"']);
  });
});
