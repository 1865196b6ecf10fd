import { describe, expect, it } from "vitest";
import { judge, loadTable, markdownTable, scriptTable } from "./format";

const row = { name: "article", path: "/articles/x", requestsPerSec: 2_345.6, p50: 12.34, p99: 48, errors: 0, non2xx: 0, requests: 23_456 };

describe("bench tables", () => {
  it("pads columns and right-aligns numbers", () => {
    expect(markdownTable(["name", "n"], [["a", 1], ["bbbb", 100]])).toBe(
      ["| name |   n |", "| ---- | --: |", "| a    |   1 |", "| bbbb | 100 |"].join("\n"),
    );
  });

  it("judges rows against the issue's targets", () => {
    expect(judge(row, "article").met).toBe(true);
    expect(judge({ ...row, p99: 60 }, "article").met).toBe(false);
    expect(judge({ ...row, non2xx: 1 }, "article").met).toBe(false);
    expect(judge({ ...row, p50: 19 }, "search").met).toBe(true);
    expect(judge({ ...row, p50: 21 }, "search").met).toBe(false);
    expect(judge({ ...row, p50: 120 }, "page").met).toBe(false);
    expect(judge(row, "ceiling").met).toBeUndefined();
  });

  it("formats the load and script tables", () => {
    const load = loadTable([judge(row, "article")]);
    expect(load).toContain("| article | `/articles/x` | 2,346 |   12.3 |   48.0 |   23,456 |");
    expect(load).toMatch(/\| yes +\|$/m);
    const scripts = scriptTable([{ name: "front", path: "/", scripts: 3, raw: 2048, gzip: 1024, inline: 512 }]);
    expect(scripts).toContain("|       2.0 |        1.0 |              0.5 |");
  });
});
