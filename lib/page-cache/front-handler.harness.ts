// The front handler's test harness (shared by front-handler.*.test.ts): a reader page as Next
// writes it, and a real HTTP server with the front handler around a fake Next. Each test file
// closes the servers with `afterEach(closeServers)`.
import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { READER_CACHE } from "@/lib/cache-headers";
import type { RequestHandler } from "./capture";
import { createFrontHandler, type FrontHandlerOptions } from "./front-handler";
import { PageStore } from "./store";

// ---------------------------------------------------------------------------------------------
// Fixtures: a reader page as Next writes it, and what the front server should make of it.

export const RUNTIME_HEAD =
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
  '<script src="/_next/static/chunks/b.js" async=""></script>';
export const RUNTIME_TAIL =
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
  '<script>self.__next_f.push([1,"0:{\\"P\\":null}\\n"])</script>' +
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>';

export function page(marker: string, paragraphs = 60): { full: string; stripped: string } {
  const head = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>${marker}</title>`;
  const body =
    `</head><body><main><h1>${marker}</h1>` +
    "<p>The flood barrier rose at dawn and held through the storm. </p>".repeat(paragraphs) +
    "</main>";
  const tail = '<script src="/reader.js" defer=""></script></body></html>';
  return { full: head + RUNTIME_HEAD + body + RUNTIME_TAIL + tail, stripped: head + body + tail };
}

export const NEXT_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

export const READER_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": READER_CACHE,
  "x-nextjs-cache": "HIT",
  vary: NEXT_VARY,
  "x-custom": "kept",
};

export const STAFF_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "private, no-store",
};

// ---------------------------------------------------------------------------------------------
// Harness: a real HTTP server with the front handler around a fake Next.

export type Reply = {
  status?: number;
  headers?: Record<string, string | string[] | number>;
  body?: string | Buffer;
  /** Next waits for this before answering. */
  gate?: Promise<void>;
  throws?: Error;
};

export type Seen = { method: string; url: string; headers: IncomingHttpHeaders; body: string };

export type Received = {
  status: number;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  /** The body decoded according to content-encoding. */
  text: string;
};

export function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

export async function waitFor(condition: () => boolean, what: string) {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

export const servers: http.Server[] = [];
/** For `afterEach`: closes every server started since. */
export async function closeServers() {
  for (const closing of servers.splice(0)) {
    closing.closeAllConnections();
    await new Promise((resolve) => closing.close(resolve));
  }
}

export async function start(options: Partial<FrontHandlerOptions> = {}) {
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

export type Harness = Awaited<ReturnType<typeof start>>;

export function send(
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

export function get(
  h: Harness,
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<Received> {
  return send(h, path, { method, headers }).done;
}
