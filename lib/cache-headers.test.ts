import { describe, expect, it } from "vitest";
import { cacheHeaderRules, PRIVATE_CACHE, READER_CACHE, SCRIPT_CACHE, XML_CACHE } from "./cache-headers";

const valueFor = (source: string) =>
  cacheHeaderRules()
    .filter((r) => r.source === source)
    .at(-1)?.headers[0]?.value;

describe("cacheHeaderRules", () => {
  it.each([
    ["/", READER_CACHE],
    ["/articles/:path*", READER_CACHE],
    ["/sections/:slug/feed.xml", XML_CACHE],
    ["/sitemap.xml", XML_CACHE],
    ["/news-sitemap.xml", XML_CACHE],
    ["/robots.txt", XML_CACHE],
    ["/reader.js", SCRIPT_CACHE],
    ["/admin/:path*", PRIVATE_CACHE],
    ["/login/:path*", PRIVATE_CACHE],
    ["/preview/:path*", PRIVATE_CACHE],
    ["/api/:path*", PRIVATE_CACHE],
  ])("%s gets %s", (source, value) => {
    expect(valueFor(source)).toBe(value);
  });

  it("lets shared caches serve stale while revalidating, and never stores private paths", () => {
    expect(READER_CACHE).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+/);
    expect(PRIVATE_CACHE).toBe("private, no-store");
  });

  it("puts private rules last, so they win over any broader public rule", () => {
    const rules = cacheHeaderRules();
    const firstPrivate = rules.findIndex((r) => r.headers[0]?.value === PRIVATE_CACHE);
    expect(rules.slice(firstPrivate).every((r) => r.headers[0]?.value === PRIVATE_CACHE)).toBe(true);
  });

  it("leaves server-action posts to reader pages to Next", () => {
    const home = cacheHeaderRules().find((r) => r.source === "/");
    expect(home).toMatchObject({ missing: [{ type: "header", key: "next-action" }] });
  });
});
