import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { READER_CACHE } from "@/lib/cache-headers";
import type { CapturedResponse, RequestHandler } from "./capture";
import { createFrontHandler, type FrontHandlerOptions } from "./front-handler";
import { purgePageCache, registerPageCachePurge } from "./purge";
import { PageStore } from "./store";

// ---------------------------------------------------------------------------------------------
// Fixtures: a reader page as Next writes it, and what the front server should make of it.

const RUNTIME_HEAD =
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
  '<script src="/_next/static/chunks/b.js" async=""></script>';
const RUNTIME_TAIL =
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
  '<script>self.__next_f.push([1,"0:{\\"P\\":null}\\n"])</script>' +
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>';

function page(marker: string, paragraphs = 60): { full: string; stripped: string } {
  const head = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>${marker}</title>`;
  const body =
    `</head><body><main><h1>${marker}</h1>` +
    "<p>The flood barrier rose at dawn and held through the storm. </p>".repeat(paragraphs) +
    "</main>";
  const tail = '<script src="/reader.js" defer=""></script></body></html>';
  return { full: head + RUNTIME_HEAD + body + RUNTIME_TAIL + tail, stripped: head + body + tail };
}

const NEXT_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

const READER_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": READER_CACHE,
  "x-nextjs-cache": "HIT",
  vary: NEXT_VARY,
  "x-custom": "kept",
};

const STAFF_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "private, no-store",
};

// ---------------------------------------------------------------------------------------------
// Harness: a real HTTP server with the front handler around a fake Next.

type Reply = {
  status?: number;
  headers?: Record<string, string | string[] | number>;
  body?: string | Buffer;
  /** Next waits for this before answering. */
  gate?: Promise<void>;
  throws?: Error;
};

type Seen = { method: string; url: string; headers: IncomingHttpHeaders; body: string };

type Received = {
  status: number;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  /** The body decoded according to content-encoding. */
  text: string;
};

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

async function waitFor(condition: () => boolean, what: string) {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

const servers: http.Server[] = [];
let unregisterPurge: (() => void) | undefined;

afterEach(async () => {
  unregisterPurge?.();
  unregisterPurge = undefined;
  for (const closing of servers.splice(0)) {
    closing.closeAllConnections();
    await new Promise((resolve) => closing.close(resolve));
  }
});

async function start(options: Partial<FrontHandlerOptions> = {}) {
  const clock = { now: 1_000_000 };
  const store =
    options.store ??
    new PageStore({ ttlMs: 1000, maxBytes: 10 * 1024 * 1024, maxStaleMs: 60_000, now: () => clock.now });
  const calls: Seen[] = [];
  const errors: unknown[] = [];
  const outcomes: Array<Promise<void>> = [];
  const harness = {
    clock,
    store,
    calls,
    errors,
    outcomes,
    reply: (_req: IncomingMessage): Reply => ({ headers: READER_HEADERS, body: page("v1").full }),
    port: 0,
  };

  const next: RequestHandler = async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    calls.push({
      method: req.method!,
      url: req.url!,
      headers: { ...req.headers },
      body: Buffer.concat(chunks).toString(),
    });
    const reply = harness.reply(req);
    if (reply.gate) await reply.gate;
    if (reply.throws) throw reply.throws;
    const body = typeof reply.body === "string" ? Buffer.from(reply.body) : (reply.body ?? Buffer.alloc(0));
    res.statusCode = reply.status ?? 200;
    for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
    res.setHeader("content-length", body.length); // Next's length, before any stripping
    res.setHeader("etag", '"from-next"');
    res.end(req.method === "HEAD" ? undefined : body);
  };

  const front = createFrontHandler(next, { ...options, store });
  const server = http.createServer((req, res) => {
    const outcome = Promise.resolve(front(req, res)).then(
      () => undefined,
      (error: unknown) => {
        errors.push(error);
        if (!res.headersSent) {
          res.statusCode = 500;
          res.end("Internal Server Error");
        } else {
          res.destroy();
        }
      },
    );
    outcomes.push(outcome);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  harness.port = (server.address() as AddressInfo).port;
  return harness;
}

type Harness = Awaited<ReturnType<typeof start>>;

function send(
  h: Harness,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): { done: Promise<Received>; req: http.ClientRequest } {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers["content-length"] = String(Buffer.byteLength(options.body));
  const req = http.request({
    host: "127.0.0.1",
    port: h.port,
    path,
    method: options.method ?? "GET",
    headers,
    agent: false,
  });
  const done = new Promise<Received>((resolve, reject) => {
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers["content-encoding"];
        const decoded =
          raw.length === 0
            ? raw
            : encoding === "br"
              ? zlib.brotliDecompressSync(raw)
              : encoding === "gzip"
                ? zlib.gunzipSync(raw)
                : raw;
        resolve({ status: res.statusCode!, headers: res.headers, raw, text: decoded.toString("utf8") });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
  });
  req.end(options.body);
  return { done, req };
}

function get(
  h: Harness,
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<Received> {
  return send(h, path, { method, headers }).done;
}

// ---------------------------------------------------------------------------------------------

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

describe("front handler: content encoding", () => {
  it.each<[string | undefined, string | undefined]>([
    ["br", "br"],
    ["gzip", "gzip"],
    ["gzip, deflate, br, zstd", "br"],
    ["br;q=0.2, gzip", "gzip"],
    ["gzip;q=0, br;q=0", undefined],
    ["deflate", undefined],
    ["identity", undefined],
    ["*", "br"],
    [undefined, undefined],
  ])("Accept-Encoding %j → %s, from one kept copy", async (acceptEncoding, expected) => {
    const h = await start();
    const v1 = page("v1");
    const headers: Record<string, string> =
      acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
    for (const state of ["MISS", "HIT"]) {
      const received = await get(h, "/", headers);
      expect(received.headers["x-gazette-cache"]).toBe(state);
      expect(received.headers["content-encoding"]).toBe(expected);
      expect(received.text).toBe(v1.stripped);
      expect(received.headers["content-length"]).toBe(String(received.raw.length));
      expect(received.headers.vary).toMatch(/\bAccept-Encoding\b/);
      if (expected) expect(received.raw.length).toBeLessThan(Buffer.byteLength(v1.stripped));
      else expect(received.raw.toString()).toBe(v1.stripped);
    }
    expect(h.calls).toHaveLength(1);
  });

  it("serves every encoding from one Next render, with one ETag", async () => {
    const h = await start();
    const etags = new Set<string>();
    for (const acceptEncoding of ["br", "gzip", "identity", "br"]) {
      const received = await get(h, "/", { "accept-encoding": acceptEncoding });
      etags.add(received.headers.etag!);
    }
    expect(h.calls).toHaveLength(1);
    expect(etags.size).toBe(1);
  });

  it("sends small pages uncompressed", async () => {
    const h = await start();
    const small = page("tiny", 0);
    expect(Buffer.byteLength(small.stripped)).toBeLessThan(1024);
    h.reply = () => ({ headers: READER_HEADERS, body: small.full });
    for (const state of ["MISS", "HIT"]) {
      const received = await get(h, "/", { "accept-encoding": "br, gzip" });
      expect(received.headers["x-gazette-cache"]).toBe(state);
      expect(received.headers["content-encoding"]).toBeUndefined();
      expect(received.raw.toString()).toBe(small.stripped);
    }
  });

  it("sends incompressible types as they are", async () => {
    const h = await start();
    const png = Buffer.alloc(5000, 7);
    h.reply = () => ({ headers: { ...READER_HEADERS, "content-type": "image/png" }, body: png });
    for (const state of ["MISS", "HIT"]) {
      const received = await get(h, "/logo.png", { "accept-encoding": "br, gzip" });
      expect(received.headers["x-gazette-cache"]).toBe(state);
      expect(received.headers["content-encoding"]).toBeUndefined();
      expect(received.raw.equals(png)).toBe(true);
      expect(received.headers["content-length"]).toBe("5000");
    }
  });

  it("compresses feeds and other text types too", async () => {
    const h = await start();
    const xml = `<?xml version="1.0"?><rss>${"<item><title>News</title></item>".repeat(100)}</rss>`;
    h.reply = () => ({
      headers: { ...READER_HEADERS, "content-type": "application/rss+xml; charset=utf-8" },
      body: xml,
    });
    const received = await get(h, "/feed.xml", { "accept-encoding": "gzip" });
    expect(received.headers["content-encoding"]).toBe("gzip");
    expect(received.text).toBe(xml); // not HTML: nothing stripped
  });

  it("compresses a BYPASS response in the encoding the reader asked for", async () => {
    const h = await start();
    const v1 = page("v1");
    h.reply = () => ({ headers: { ...READER_HEADERS, "cache-control": "private, no-store" }, body: v1.full });
    const br = await get(h, "/search?q=flood", { "accept-encoding": "br" });
    expect(br.headers["x-gazette-cache"]).toBe("BYPASS");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.text).toBe(v1.stripped);
    const gzip = await get(h, "/search?q=flood", { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.text).toBe(v1.stripped);
  });

  it("removes Accept-Encoding from the request Next sees, and nothing else", async () => {
    const h = await start();
    await get(h, "/articles/flood?ref=home", {
      "accept-encoding": "br, gzip",
      accept: "text/html",
      "user-agent": "reader/1.0",
      "accept-language": "en-GB",
    });
    expect(h.calls).toHaveLength(1);
    expect(h.calls[0]!.url).toBe("/articles/flood?ref=home");
    expect(h.calls[0]!.headers["accept-encoding"]).toBeUndefined();
    expect(h.calls[0]!.headers.accept).toBe("text/html");
    expect(h.calls[0]!.headers["user-agent"]).toBe("reader/1.0");
    expect(h.calls[0]!.headers["accept-language"]).toBe("en-GB");
  });
});

describe("front handler: Vary", () => {
  it.each<[string | undefined, string]>([
    [NEXT_VARY, `${NEXT_VARY}, Accept-Encoding`],
    [undefined, "Accept-Encoding"],
    ["Accept-Encoding", "Accept-Encoding"],
    ["accept-encoding, Cookie", "accept-encoding, Cookie"],
  ])("Next's Vary %j → %j", async (vary, expected) => {
    const h = await start();
    const headers: Record<string, string> = { ...READER_HEADERS };
    if (vary === undefined) delete headers.vary;
    else headers.vary = vary;
    h.reply = () => ({ headers, body: page("v1").full });
    expect((await get(h, "/")).headers.vary).toBe(expected);
    expect((await get(h, "/")).headers.vary).toBe(expected);

    h.reply = () => ({ headers: { ...headers, "cache-control": "private" }, body: page("v1").full });
    expect((await get(h, "/other")).headers.vary).toBe(expected);
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

describe("front handler: purges", () => {
  it("drops every kept page on purgePageCache() once registered", async () => {
    const h = await start();
    unregisterPurge = registerPageCachePurge(() => h.store.purge());
    await get(h, "/");
    await get(h, "/articles/flood");
    expect((await get(h, "/")).headers["x-gazette-cache"]).toBe("HIT");

    purgePageCache();
    expect(h.store.size).toBe(0);
    h.reply = () => ({ headers: READER_HEADERS, body: page("corrected").full });
    const after = await get(h, "/");
    expect(after.headers["x-gazette-cache"]).toBe("MISS");
    expect(after.text).toBe(page("corrected").stripped);
    expect((await get(h, "/articles/flood")).headers["x-gazette-cache"]).toBe("MISS");
    expect((await get(h, "/")).headers["x-gazette-cache"]).toBe("HIT");
    expect(h.calls).toHaveLength(4);

    // Once unregistered, purgePageCache() reaches nothing.
    unregisterPurge();
    unregisterPurge = undefined;
    purgePageCache();
    expect((await get(h, "/")).headers["x-gazette-cache"]).toBe("HIT");
  });

  it("does nothing without a front server", () => {
    expect(() => purgePageCache()).not.toThrow();
  });

  it("keeps the latest registration when an older one unregisters", async () => {
    let first = 0;
    let second = 0;
    const unregisterFirst = registerPageCachePurge(() => first++);
    unregisterPurge = registerPageCachePurge(() => second++);
    unregisterFirst();
    purgePageCache();
    expect([first, second]).toEqual([0, 1]);
  });

  it("drops kept pages on store.purge()", async () => {
    const h = await start();
    await get(h, "/");
    h.store.purge();
    expect((await get(h, "/")).headers["x-gazette-cache"]).toBe("MISS");
    expect(h.calls).toHaveLength(2);
  });

  it("never keeps a response that Next rendered before a purge", async () => {
    const h = await start();
    unregisterPurge = registerPageCachePurge(() => h.store.purge());
    const gate = deferred();
    h.reply = () => ({ gate: gate.promise, headers: READER_HEADERS, body: page("before").full });
    const inFlight = get(h, "/articles/flood");
    await waitFor(() => h.calls.length === 1, "the render to reach Next");

    purgePageCache(); // an editor unpublished the story meanwhile
    gate.resolve();
    const received = await inFlight;
    expect(received.status).toBe(200);
    expect(received.text).toBe(page("before").stripped);
    expect(h.store.size).toBe(0);

    h.reply = () => ({ headers: READER_HEADERS, body: page("after").full });
    const next = await get(h, "/articles/flood");
    expect(next.headers["x-gazette-cache"]).toBe("MISS");
    expect(next.text).toBe(page("after").stripped);
    expect(h.calls).toHaveLength(2);
  });
});

describe("front handler: Next's client-only 404 shell", () => {
  const shell =
    '<!DOCTYPE html><!--x--><html id="__next_error__"><head><meta charSet="utf-8"/>' +
    RUNTIME_HEAD +
    "</head><body>" +
    RUNTIME_TAIL +
    "</body></html>";
  const shellHeaders = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
  };
  const site404 = page("Page not found", 5);

  function notFound(result: CapturedResponse | null) {
    const calls: number[] = [];
    return {
      calls,
      notFoundPage: async () => {
        calls.push(1);
        return result;
      },
    };
  }

  it("replaces the shell with the site's 404 page, keeping status 404", async () => {
    const nf = notFound({
      status: 200,
      headers: {
        "content-type": "text/html; charset=utf-8",
        "content-length": "99999",
        etag: '"not-found-etag"',
        "x-not-found": "site",
        "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
      },
      body: Buffer.from(site404.full),
    });
    const h = await start({ notFoundPage: nf.notFoundPage });
    h.reply = () => ({ status: 404, headers: shellHeaders, body: shell });
    for (let i = 0; i < 2; i++) {
      const received = await get(h, "/articles/unpublished", { "accept-encoding": "gzip" });
      expect(received.status).toBe(404);
      expect(received.headers["x-gazette-cache"]).toBe("BYPASS");
      expect(received.headers["x-not-found"]).toBe("site");
      expect(received.headers.etag).not.toBe('"not-found-etag"');
      expect(received.headers["content-length"]).toBe(String(received.raw.length));
      expect(received.text).toBe(site404.stripped);
      expect(received.text).not.toContain("__next_error__");
    }
    expect(nf.calls).toHaveLength(2);
    expect(h.calls).toHaveLength(2);
    expect(h.store.size).toBe(0);
  });

  it("keeps status 404 even if the 404 page came back as 200 and cacheable", async () => {
    const nf = notFound({ status: 200, headers: READER_HEADERS, body: Buffer.from(site404.full) });
    const h = await start({ notFoundPage: nf.notFoundPage });
    h.reply = () => ({ status: 404, headers: shellHeaders, body: shell });
    const received = await get(h, "/articles/unpublished");
    expect(received.status).toBe(404);
    expect(received.headers["x-gazette-cache"]).toBe("BYPASS");
    expect(received.text).toBe(site404.stripped);
    expect(h.store.size).toBe(0);
  });

  it("keeps the (stripped) shell when the 404 page is unavailable", async () => {
    const nf = notFound(null);
    const h = await start({ notFoundPage: nf.notFoundPage });
    h.reply = () => ({ status: 404, headers: shellHeaders, body: shell });
    const received = await get(h, "/articles/unpublished");
    expect(received.status).toBe(404);
    expect(received.text).toBe(
      '<!DOCTYPE html><!--x--><html id="__next_error__"><head><meta charSet="utf-8"/></head><body></body></html>',
    );
    expect(nf.calls).toHaveLength(1);
  });

  it("keeps the shell without a notFoundPage option", async () => {
    const h = await start();
    h.reply = () => ({ status: 404, headers: shellHeaders, body: shell });
    const received = await get(h, "/articles/unpublished");
    expect(received.status).toBe(404);
    expect(received.text).toContain('<html id="__next_error__">');
  });

  it("leaves a server-rendered 404 alone", async () => {
    const nf = notFound({ status: 404, headers: READER_HEADERS, body: Buffer.from("should not be used") });
    const h = await start({ notFoundPage: nf.notFoundPage });
    h.reply = () => ({ status: 404, headers: shellHeaders, body: site404.full });
    const received = await get(h, "/nothing-here");
    expect(received.status).toBe(404);
    expect(received.text).toBe(site404.stripped);
    expect(nf.calls).toHaveLength(0);
  });

  it("does not look for a shell in a 200", async () => {
    const nf = notFound({ status: 404, headers: READER_HEADERS, body: Buffer.from("should not be used") });
    const h = await start({ notFoundPage: nf.notFoundPage });
    h.reply = () => ({ headers: shellHeaders, body: shell });
    expect((await get(h, "/odd")).status).toBe(200);
    expect(nf.calls).toHaveLength(0);
  });

  it("lets the next reader refresh if the 404 page fails", async () => {
    const h = await start({
      notFoundPage: async () => {
        throw new Error("404 page failed");
      },
    });
    await get(h, "/articles/unpublished");
    h.clock.now += 1500;
    h.reply = () => ({ status: 404, headers: shellHeaders, body: shell });
    const failed = await get(h, "/articles/unpublished");
    expect(failed.status).toBe(500);
    expect(failed.text).toBe("Internal Server Error");
    // Next's headers for the shell do not leak into the error answer.
    expect(failed.headers["cache-control"]).toBeUndefined();
    expect(failed.headers.etag).toBeUndefined();
    expect(h.errors).toHaveLength(1);
    h.reply = () => ({ headers: READER_HEADERS, body: page("back").full });
    const retried = await get(h, "/articles/unpublished");
    expect(retried.headers["x-gazette-cache"]).toBe("MISS");
    expect(h.calls).toHaveLength(3);
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
