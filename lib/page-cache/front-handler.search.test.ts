// Search results: Next renders them per request and marks them private, yet the front handler
// keeps them by address like reader pages, and nothing else of that kind.
import { afterEach, describe, expect, it } from "vitest";
import { closeServers, get, NEXT_VARY, page, type Reply, start } from "./front-handler.harness";

afterEach(closeServers);

describe("front handler: search results", () => {
  const SEARCH_HEADERS = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
    vary: NEXT_VARY,
  };

  it("keeps Next's per-request search render by its query, and passes on Next's private header", async () => {
    const h = await start();
    const results = page("results");
    h.reply = () => ({ headers: SEARCH_HEADERS, body: results.full });

    const first = await get(h, "/search?q=harbour");
    expect(first.headers["x-gazette-cache"]).toBe("MISS");
    const second = await get(h, "/search?q=harbour");
    expect(second.headers["x-gazette-cache"]).toBe("HIT");
    expect(second.text).toBe(results.stripped);
    // Browsers and CDNs still may not keep it: only this process does, for its short TTL.
    expect(second.headers["cache-control"]).toBe(SEARCH_HEADERS["cache-control"]);
    expect(h.calls).toHaveLength(1);

    expect((await get(h, "/search?q=bridge")).headers["x-gazette-cache"]).toBe("MISS");
    expect(h.calls).toHaveLength(2);
    h.store.purge();
    expect((await get(h, "/search?q=harbour")).headers["x-gazette-cache"]).toBe("MISS");
    expect(h.calls).toHaveLength(3);
  });

  it.each<[string, string, Reply]>([
    ["another dynamic page", "/sections/news?page=2", { headers: SEARCH_HEADERS }],
    ["a search that sets a cookie", "/search?q=harbour", { headers: { ...SEARCH_HEADERS, "set-cookie": "a=1" } }],
    ["a search page past the last (404)", "/search?q=harbour&page=99", { status: 404, headers: SEARCH_HEADERS }],
    ["a non-HTML answer at /search", "/search?q=harbour", { headers: { ...SEARCH_HEADERS, "content-type": "application/json" } }],
  ])("never keeps %s", async (_name, url, reply) => {
    const h = await start();
    h.reply = () => ({ body: page("x").full, ...reply });
    for (let i = 0; i < 2; i++) expect((await get(h, url)).headers["x-gazette-cache"]).toBe("BYPASS");
    expect(h.store.size).toBe(0);
  });
});
