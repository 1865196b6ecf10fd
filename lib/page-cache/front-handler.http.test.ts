// How the front handler answers by method and request headers: what it passes to Next untouched,
// client-router requests, conditional requests and HEAD.
import { afterEach, describe, expect, it } from "vitest";
import { READER_CACHE } from "@/lib/cache-headers";
import { closeServers, get, page, READER_HEADERS, send, STAFF_HEADERS, start } from "./front-handler.harness";

afterEach(closeServers);

describe("front handler: what it leaves to Next", () => {
  it.each([
    "/admin",
    "/admin/articles/12/edit",
    "/login",
    "/preview/abc123",
    "/api/views",
    "/_next/static/chunks/a.js",
    "/media/2030/01/photo.jpg",
  ])("passes GET %s through untouched, every time", async (path) => {
    const h = await start();
    const v1 = page("staff");
    h.reply = () => ({
      headers: { ...STAFF_HEADERS, "x-nextjs-cache": "HIT", "cache-control": READER_CACHE },
      body: v1.full,
    });
    for (let i = 0; i < 2; i++) {
      const received = await get(h, path, { "accept-encoding": "br, gzip", "if-none-match": "*" });
      expect(received.status).toBe(200);
      expect(received.text).toBe(v1.full); // runtime scripts kept, byte for byte
      expect(received.raw.toString()).toBe(v1.full);
      expect(received.headers["x-gazette-cache"]).toBeUndefined();
      expect(received.headers.etag).toBe('"from-next"');
      expect(received.headers["content-encoding"]).toBeUndefined();
      expect(received.headers.vary).toBeUndefined();
    }
    expect(h.calls).toHaveLength(2);
    expect(h.calls[0]!.url).toBe(path);
    expect(h.calls[0]!.headers["accept-encoding"]).toBe("br, gzip");
    expect(h.store.size).toBe(0);
  });

  it("passes staff router requests to Next", async () => {
    const h = await start();
    h.reply = () => ({ headers: { "content-type": "text/x-component" }, body: "0:rsc-payload" });
    const received = await get(h, "/admin/articles", { rsc: "1", "next-router-state-tree": "%5B%5D" });
    expect(received.text).toBe("0:rsc-payload");
    expect(h.calls).toHaveLength(1);
    expect(h.calls[0]!.headers.rsc).toBe("1");
  });

  it.each(["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])(
    "passes %s on a reader path to Next untouched",
    async (method) => {
      const h = await start();
      const v1 = page("form");
      h.reply = () => ({ headers: READER_HEADERS, body: v1.full });
      const received = await send(h, "/articles/flood", {
        method,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "accept-encoding": "gzip",
          "next-action": "abc",
        },
        body: "comment=Hello",
      }).done;
      expect(received.status).toBe(200);
      expect(received.raw.toString()).toBe(v1.full);
      expect(received.headers["x-gazette-cache"]).toBeUndefined();
      expect(h.calls).toHaveLength(1);
      expect(h.calls[0]).toMatchObject({ method, url: "/articles/flood", body: "comment=Hello" });
      expect(h.calls[0]!.headers["accept-encoding"]).toBe("gzip");
      expect(h.calls[0]!.headers["next-action"]).toBe("abc");
      expect(h.store.size).toBe(0);
    },
  );

  it("does not let a POST disturb the kept copy", async () => {
    const h = await start();
    await get(h, "/articles/flood");
    await send(h, "/articles/flood", { method: "POST", body: "x=1" }).done;
    expect((await get(h, "/articles/flood")).headers["x-gazette-cache"]).toBe("HIT");
    expect(h.calls.map((call) => call.method)).toEqual(["GET", "POST"]);
  });
});

describe("front handler: client-router requests for reader pages", () => {
  it.each<Record<string, string>>([
    { rsc: "1" },
    { "next-router-prefetch": "1" },
    { "next-router-state-tree": "%5B%22%22%5D" },
    { rsc: "1", "next-url": "/admin" },
  ])("answers %j with plain text and never calls Next", async (headers) => {
    const h = await start();
    for (const method of ["GET", "HEAD"]) {
      const received = await get(h, "/articles/flood", headers, method);
      expect(received.status).toBe(200);
      expect(received.headers["content-type"]).toBe("text/plain; charset=utf-8");
      expect(received.headers["cache-control"]).toBe("private, no-store");
      expect(received.headers.vary).toMatch(/\brsc\b/);
      expect(received.headers["x-gazette-cache"]).toBeUndefined();
      expect(received.text).toBe(method === "HEAD" ? "" : "Reader pages load as documents.");
    }
    expect(h.calls).toHaveLength(0);
  });

  it("answers a router request with text even when the page is kept", async () => {
    const h = await start();
    await get(h, "/");
    const received = await get(h, "/", { rsc: "1" });
    expect(received.text).toBe("Reader pages load as documents.");
    expect(h.calls).toHaveLength(1);
  });
});

describe("front handler: conditional requests", () => {
  it("answers a matching If-None-Match with 304 and no body", async () => {
    const h = await start();
    const { headers } = await get(h, "/");
    const etag = headers.etag!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"nope", ${etag}`, "*"]) {
      const received = await get(h, "/", { "if-none-match": ifNoneMatch, "accept-encoding": "br" });
      expect(received.status).toBe(304);
      expect(received.raw.length).toBe(0);
      expect(received.headers.etag).toBe(etag);
      expect(received.headers["x-gazette-cache"]).toBe("HIT");
      expect(received.headers["cache-control"]).toBe(READER_CACHE);
    }
    const changed = await get(h, "/", { "if-none-match": '"something-else"' });
    expect(changed.status).toBe(200);
    expect(changed.text).toBe(page("v1").stripped);
    expect(h.calls).toHaveLength(1);
  });

  it("gives the same content the same ETag across renders, so a MISS can be a 304", async () => {
    const h = await start();
    const { headers } = await get(h, "/");
    h.store.purge();
    const received = await get(h, "/", { "if-none-match": headers.etag! });
    expect(received.headers["x-gazette-cache"]).toBe("MISS");
    expect(received.status).toBe(304);
    expect(h.calls).toHaveLength(2);
  });

  it("never turns an error into a 304", async () => {
    const h = await start();
    const { headers } = await get(h, "/gone");
    h.reply = () => ({ status: 404, headers: READER_HEADERS, body: page("v1").full });
    const received = await get(h, "/gone?x", { "if-none-match": headers.etag! });
    expect(received.status).toBe(404);
    expect(received.text).toBe(page("v1").stripped);
  });
});

describe("front handler: HEAD", () => {
  it("answers HEAD from a kept GET, without a body", async () => {
    const h = await start();
    const get1 = await get(h, "/", { "accept-encoding": "br" });
    const identity = Buffer.byteLength(page("v1").stripped);

    const head = await get(h, "/", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.raw.length).toBe(0);
    expect(head.headers["x-gazette-cache"]).toBe("HIT");
    expect(head.headers["content-length"]).toBe(String(identity));
    expect(head.headers.etag).toBe(get1.headers.etag);
    expect(head.headers["content-type"]).toBe("text/html; charset=utf-8");

    const headBr = await get(h, "/", { "accept-encoding": "br" }, "HEAD");
    expect(headBr.raw.length).toBe(0);
    expect(headBr.headers["content-encoding"]).toBe("br");
    expect(headBr.headers["content-length"]).toBe(get1.headers["content-length"]);
    expect(h.calls).toHaveLength(1);
  });

  it("passes a HEAD miss to Next and keeps nothing", async () => {
    const h = await start();
    const head = await get(h, "/", { "accept-encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.raw.length).toBe(0);
    expect(head.headers["x-gazette-cache"]).toBeUndefined();
    expect(head.headers.etag).toBe('"from-next"');
    expect(h.calls).toHaveLength(1);
    expect(h.calls[0]!.method).toBe("HEAD");
    expect(h.calls[0]!.headers["accept-encoding"]).toBe("gzip");
    expect(h.store.size).toBe(0);

    expect((await get(h, "/")).headers["x-gazette-cache"]).toBe("MISS");
    expect(h.calls).toHaveLength(2);
  });

  it("answers HEAD on a copy due for refresh with STALE, leaving the refresh to the next GET", async () => {
    const h = await start();
    await get(h, "/");
    h.clock.now += 1500;
    const head = await get(h, "/", {}, "HEAD");
    expect(head.headers["x-gazette-cache"]).toBe("STALE");
    expect(head.raw.length).toBe(0);
    expect(h.calls).toHaveLength(1);

    h.reply = () => ({ headers: READER_HEADERS, body: page("v2").full });
    const refreshed = await get(h, "/");
    expect(refreshed.headers["x-gazette-cache"]).toBe("MISS");
    expect(refreshed.text).toBe(page("v2").stripped);
    expect(h.calls).toHaveLength(2);
  });
});
