import { describe, expect, it } from "vitest";
import { parseScripts } from "./script-bytes";

describe("parseScripts", () => {
  it("collects external chunks once, absolute, and counts inline code but not JSON-LD", () => {
    const html = `<!doctype html><html><head>
      <script src="/_next/static/chunks/a.js" async=""></script>
      <script src='/_next/static/chunks/b.js?v=1&amp;x=2'></script>
      <script type="application/ld+json">{"@type":"NewsArticle"}</script>
      <SCRIPT>self.__next_f.push([1,"é"])</SCRIPT>
      </head><body><script src="/_next/static/chunks/a.js"></script>
      <script src=https://cdn.example/c.js defer></script><script type="module">x()</script></body></html>`;
    const { srcs, inlineBytes } = parseScripts(html, "http://127.0.0.1:3400/articles/x");
    expect(srcs).toEqual([
      "http://127.0.0.1:3400/_next/static/chunks/a.js",
      "http://127.0.0.1:3400/_next/static/chunks/b.js?v=1&x=2",
      "https://cdn.example/c.js",
    ]);
    expect(inlineBytes).toBe(Buffer.byteLength('self.__next_f.push([1,"é"])') + 3);
  });

  it("finds nothing in a page without scripts", () => {
    expect(parseScripts("<p>hello</p>", "http://127.0.0.1/")).toEqual({ srcs: [], inlineBytes: 0 });
  });
});
