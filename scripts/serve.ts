// The production server: Next's request handler behind the front server (lib/page-cache), which
// answers reader pages from memory and sends them without Next's client runtime. Takes the
// same -H/-p options as `next start`. PAGE_CACHE=off serves every request through Next (for
// comparison); PAGE_CACHE_TTL_MS and PAGE_CACHE_MB tune the memory cache.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import type { CapturedResponse } from "../lib/page-cache/capture";
import { createFrontHandler } from "../lib/page-cache/front-handler";
import { registerPageCachePurge } from "../lib/page-cache/purge";
import { PageStore } from "../lib/page-cache/store";

// Set before Next loads; `next start` does the same.
const env = process.env as Record<string, string | undefined>;
env.NODE_ENV ??= "production";
env.NEXT_TELEMETRY_DISABLED = "1";

const { values: args } = parseArgs({
  options: {
    port: { type: "string", short: "p", default: process.env.PORT || "3000" },
    hostname: { type: "string", short: "H", default: process.env.HOST },
  },
});
const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${args.port}`);

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0, got ${raw}`);
  return value;
}

// A reader sees a page at most this much older than Next's own cache; staff changes purge at once.
const store = new PageStore({
  ttlMs: positiveNumber("PAGE_CACHE_TTL_MS", 1000),
  maxBytes: positiveNumber("PAGE_CACHE_MB", 64) * 1024 * 1024,
  maxStaleMs: 60_000,
  maxEntryBytes: 4 * 1024 * 1024,
});
registerPageCachePurge(() => store.purge());

const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), hostname: args.hostname, port });
await app.prepare();
const nextHandler = app.getRequestHandler();

const server = http.createServer();

// The site's own 404 page, fetched once per purge from this server and kept for a minute.
let notFound: { page: CapturedResponse | null; generation: number; at: number } | null = null;
async function notFoundPage(): Promise<CapturedResponse | null> {
  if (notFound && notFound.generation === store.generation && Date.now() - notFound.at < 60_000)
    return notFound.page;
  const address = server.address() as AddressInfo;
  const host =
    address.family === "IPv6"
      ? `[${address.address === "::" ? "::1" : address.address}]`
      : address.address === "0.0.0.0"
        ? "127.0.0.1"
        : address.address;
  const generation = store.generation;
  const page = await new Promise<CapturedResponse | null>((resolve) => {
    const request = http.get(
      {
        host: host.replace(/^\[|\]$/g, ""),
        port: address.port,
        path: "/__gazette/not-found",
        headers: { accept: "text/html" },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 404,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on("error", () => resolve(null));
      },
    );
    request.on("error", () => resolve(null));
    request.setTimeout(10_000, () => request.destroy());
  });
  notFound = { page, generation, at: Date.now() };
  return page;
}

const front = createFrontHandler(nextHandler, {
  store,
  notFoundPage,
  cacheEnabled: process.env.PAGE_CACHE !== "off",
});
server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
  Promise.resolve(front(req, res)).catch((error: unknown) => {
    console.error("Request failed:", req.method, req.url, error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.setHeader("content-type", "text/plain; charset=utf-8");
      res.end("Internal Server Error");
    } else {
      res.destroy();
    }
  });
});

server.listen(port, args.hostname, () => {
  const address = server.address() as AddressInfo;
  console.log(`▲ Gazette ready on http://${args.hostname ?? "localhost"}:${address.port}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
