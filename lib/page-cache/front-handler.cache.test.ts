// What the front handler keeps in memory and serves from there: MISS, HIT and STALE, refreshes
// that fail, the responses it never keeps, and cacheEnabled: false.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { READER_CACHE } from "@/lib/cache-headers";
import type { RequestHandler } from "./capture";
import { createFrontHandler } from "./front-handler";
import {
  closeServers,
  deferred,
  get,
  NEXT_VARY,
  page,
  READER_HEADERS,
  type Received,
  type Reply,
  send,
  servers,
  start,
  waitFor,
} from "./front-handler.harness";
import { PageStore } from "./store";

afterEach(closeServers);

describe("front handler: memory cache", () => {
  it("answers MISS from Next, then HIT from memory without calling Next", async () => {
    const h = await start();
    const v1 = page("v1");

    const first = await get(h, "/articles/flood");
    expect(first.status).toBe(200);
    expect(first.headers["x-gazette-cache"]).toBe("MISS");
    expect(first.text).toBe(v1.stripped);
    expect(first.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(first.headers["cache-control"]).toBe(READER_CACHE);
    expect(first.headers["x-custom"]).toBe("kept");
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.headers.etag).not.toBe('"from-next"');
    expect(first.headers["content-length"]).toBe(String(first.raw.length));
    expect(first.headers.age).toBeUndefined();

    const second = await get(h, "/articles/flood");
    expect(second.status).toBe(200);
    expect(second.headers["x-gazette-cache"]).toBe("HIT");
    expect(second.text).toBe(v1.stripped);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers["x-custom"]).toBe("kept");
    expect(second.headers["content-length"]).toBe(String(second.raw.length));
    expect(h.calls).toHaveLength(1);

    h.clock.now += 999;
    expect((await get(h, "/articles/flood")).headers["x-gazette-cache"]).toBe("HIT");
    expect(h.calls).toHaveLength(1);
    expect(h.errors).toEqual([]);
  });

  it("keeps Next's fresh renders too (x-nextjs-cache: MISS)", async () => {
    const h = await start();
    h.reply = () => ({ headers: { ...READER_HEADERS, "x-nextjs-cache": "MISS" }, body: page("v1").full });
    expect((await get(h, "/")).headers["x-gazette-cache"]).toBe("MISS");
    expect((await get(h, "/")).headers["x-gazette-cache"]).toBe("HIT");
    expect(h.calls).toHaveLength(1);
  });

  it("keys on the path and query string", async () => {
    const h = await start();
    await get(h, "/sections/city");
    expect((await get(h, "/sections/city?page=2")).headers["x-gazette-cache"]).toBe("MISS");
    expect((await get(h, "/sections/city?page=2")).headers["x-gazette-cache"]).toBe("HIT");
    expect((await get(h, "/sections/city")).headers["x-gazette-cache"]).toBe("HIT");
    expect(h.calls.map((call) => call.url)).toEqual(["/sections/city", "/sections/city?page=2"]);
  });

  it("serves STALE to others while one reader refreshes through Next", async () => {
    const h = await start();
    const v1 = page("v1");
    const v2 = page("v2");
    const first = await get(h, "/");

    h.clock.now += 1500;
    const gate = deferred();
    h.reply = () => ({ gate: gate.promise, headers: READER_HEADERS, body: v2.full });
    const refresher = get(h, "/");
    await waitFor(() => h.calls.length === 2, "the refresh to reach Next");

    const stale = await get(h, "/");
    expect(stale.headers["x-gazette-cache"]).toBe("STALE");
    expect(stale.text).toBe(v1.stripped);
    expect(stale.headers.etag).toBe(first.headers.etag);
    expect(stale.headers.age).toBe("1");
    const staleHead = await get(h, "/", {}, "HEAD");
    expect(staleHead.headers["x-gazette-cache"]).toBe("STALE");
    expect(staleHead.raw.length).toBe(0);
    expect(h.calls).toHaveLength(2); // nobody else went to Next

    gate.resolve();
    const refreshed = await refresher;
    expect(refreshed.headers["x-gazette-cache"]).toBe("MISS");
    expect(refreshed.text).toBe(v2.stripped);
    expect(refreshed.headers.etag).not.toBe(first.headers.etag);

    const after = await get(h, "/");
    expect(after.headers["x-gazette-cache"]).toBe("HIT");
    expect(after.text).toBe(v2.stripped);
    expect(after.headers.etag).toBe(refreshed.headers.etag);
    expect(after.headers.age).toBeUndefined();
    expect(h.calls).toHaveLength(2);
  });

  it("keeps the old copy when a refresh comes back unstorable, and lets the next reader retry", async () => {
    const h = await start();
    const v1 = page("v1");
    await get(h, "/");
    h.clock.now += 1500;

    h.reply = () => ({ headers: { ...READER_HEADERS, "x-nextjs-cache": "STALE" }, body: page("v2").full });
    const bypass = await get(h, "/");
    expect(bypass.headers["x-gazette-cache"]).toBe("BYPASS");
    expect(bypass.text).toBe(page("v2").stripped);
    expect(h.calls).toHaveLength(2);

    // Not stuck "refreshing": this reader goes to Next again instead of getting STALE.
    h.reply = () => ({ headers: READER_HEADERS, body: page("v3").full });
    const retried = await get(h, "/");
    expect(h.calls).toHaveLength(3);
    expect(retried.headers["x-gazette-cache"]).toBe("MISS");
    expect(retried.text).toBe(page("v3").stripped);
    expect((await get(h, "/")).headers["x-gazette-cache"]).toBe("HIT");
    expect(v1.stripped).not.toBe(retried.text);
  });

  it("lets the next reader retry after Next throws during a refresh", async () => {
    const h = await start();
    await get(h, "/");
    h.clock.now += 1500;
    h.reply = () => ({ throws: new Error("render failed") });
    const failed = await get(h, "/");
    expect(failed.status).toBe(500);
    expect(h.errors).toHaveLength(1);
    expect((h.errors[0] as Error).message).toBe("render failed");

    h.reply = () => ({ headers: READER_HEADERS, body: page("v2").full });
    const retried = await get(h, "/");
    expect(h.calls).toHaveLength(3);
    expect(retried.headers["x-gazette-cache"]).toBe("MISS");
  });

  it("leaves no half-set Next headers behind when Next throws", async () => {
    const h = await start();
    const next: RequestHandler = (_req, res) => {
      res.setHeader("cache-control", READER_CACHE);
      res.setHeader("content-length", "123456");
      res.setHeader("set-cookie", "a=1");
      throw new Error("render failed after headers");
    };
    const store = new PageStore({ ttlMs: 1000, maxBytes: 1024 * 1024 });
    const front = createFrontHandler(next, { store });
    const server = http.createServer((req, res) => {
      Promise.resolve(front(req, res)).catch(() => {
        res.statusCode = 500;
        res.end("Internal Server Error");
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const received = await get({ ...h, port: (server.address() as AddressInfo).port }, "/");
    expect(received.status).toBe(500);
    expect(received.text).toBe("Internal Server Error");
    expect(received.headers["cache-control"]).toBeUndefined();
    expect(received.headers["set-cookie"]).toBeUndefined();
    expect(received.headers["content-length"]).not.toBe("123456");
  });

  it("lets the next reader retry after the refreshing reader disconnects mid-render", async () => {
    const h = await start();
    await get(h, "/");
    h.clock.now += 1500;
    h.reply = () => ({ gate: new Promise<void>(() => {}), headers: READER_HEADERS, body: "never" });
    const abandoned = send(h, "/");
    abandoned.done.catch(() => {});
    await waitFor(() => h.calls.length === 2, "the refresh to reach Next");
    abandoned.req.destroy();
    await waitFor(() => h.outcomes.length === 2, "the request to be handled");
    await h.outcomes[1];
    expect(h.errors).toEqual([]); // a reader leaving is not a server error

    h.reply = () => ({ headers: READER_HEADERS, body: page("v2").full });
    const retried = await get(h, "/");
    expect(h.calls).toHaveLength(3);
    expect(retried.headers["x-gazette-cache"]).toBe("MISS");
    expect(retried.text).toBe(page("v2").stripped);
  });

  it("forgets a copy past maxStale", async () => {
    const h = await start();
    await get(h, "/");
    h.clock.now += 60_000;
    expect((await get(h, "/")).headers["x-gazette-cache"]).toBe("MISS");
    expect(h.calls).toHaveLength(2);
  });
});

describe("front handler: responses it never keeps", () => {
  it.each<[string, Reply, (received: Received) => void]>([
    ["private", { headers: { ...READER_HEADERS, "cache-control": "private, max-age=60" } }, () => {}],
    ["no-store", { headers: { ...READER_HEADERS, "cache-control": "public, no-store" } }, () => {}],
    ["no-cache", { headers: { ...READER_HEADERS, "cache-control": "public, no-cache" } }, () => {}],
    [
      "Next's dynamic render",
      {
        headers: {
          ...READER_HEADERS,
          "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
        },
      },
      () => {},
    ],
    ["Next's own stale copy", { headers: { ...READER_HEADERS, "x-nextjs-cache": "STALE" } }, () => {}],
    [
      "no x-nextjs-cache (search results)",
      { headers: { "content-type": "text/html; charset=utf-8", "cache-control": READER_CACHE } },
      () => {},
    ],
    ["a 404", { status: 404, headers: READER_HEADERS }, (r) => expect(r.status).toBe(404)],
    ["a 500", { status: 500, headers: READER_HEADERS }, (r) => expect(r.status).toBe(500)],
    [
      "a redirect",
      { status: 308, headers: { ...READER_HEADERS, location: "/articles/new-slug" } },
      (r) => {
        expect(r.status).toBe(308);
        expect(r.headers.location).toBe("/articles/new-slug");
      },
    ],
    [
      "set-cookie",
      { headers: { ...READER_HEADERS, "set-cookie": ["a=1; Path=/; HttpOnly", "b=2; Path=/"] } },
      (r) => expect(r.headers["set-cookie"]).toEqual(["a=1; Path=/; HttpOnly", "b=2; Path=/"]),
    ],
  ])("BYPASS: %s", async (_name, reply, check) => {
    const h = await start();
    const v1 = page("v1");
    h.reply = () => ({ body: v1.full, ...reply });
    for (let i = 0; i < 2; i++) {
      const received = await get(h, "/articles/flood");
      expect(received.headers["x-gazette-cache"]).toBe("BYPASS");
      expect(received.status).toBe(reply.status ?? 200);
      expect(received.text).toBe(v1.stripped); // reader HTML loses the runtime all the same
      expect(received.headers["content-length"]).toBe(String(received.raw.length));
      check(received);
    }
    expect(h.calls).toHaveLength(2);
    expect(h.store.size).toBe(0);
  });
});

describe("front handler with cacheEnabled: false", () => {
  it("never keeps anything but still strips the runtime and compresses", async () => {
    const h = await start({ cacheEnabled: false });
    const v1 = page("v1");
    for (let i = 0; i < 3; i++) {
      const received = await get(h, "/", { "accept-encoding": "br" });
      expect(received.status).toBe(200);
      expect(received.headers["x-gazette-cache"]).toBe("BYPASS");
      expect(received.headers["content-encoding"]).toBe("br");
      expect(received.headers.vary).toBe(`${NEXT_VARY}, Accept-Encoding`);
      expect(received.text).toBe(v1.stripped);
    }
    expect(h.calls).toHaveLength(3);
    expect(h.calls.every((call) => call.headers["accept-encoding"] === undefined)).toBe(true);
    expect(h.store.size).toBe(0);
  });

  it("passes HEAD to Next and still answers router requests itself", async () => {
    const h = await start({ cacheEnabled: false });
    await get(h, "/", {}, "HEAD");
    expect(h.calls.map((call) => call.method)).toEqual(["HEAD"]);
    expect((await get(h, "/", { rsc: "1" })).text).toBe("Reader pages load as documents.");
    expect(h.calls).toHaveLength(1);
  });

  it("ignores what the shared store already holds", async () => {
    const store = new PageStore({ ttlMs: 60_000, maxBytes: 1024 * 1024 });
    const cached = await start({ store });
    await get(cached, "/");
    expect(store.size).toBe(1);
    const port = cached.port;

    const h = await start({ store, cacheEnabled: false });
    expect(h.port).not.toBe(port);
    expect((await get(h, "/")).headers["x-gazette-cache"]).toBe("BYPASS");
    expect(h.calls).toHaveLength(1);
  });
});
