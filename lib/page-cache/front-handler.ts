import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import zlib from "node:zlib";
import { captureResponse, ResponseClosedError, type CapturedResponse, type RequestHandler } from "./capture";
import {
  chooseEncoding,
  DROPPED_HEADERS,
  isCompressible,
  isReaderPath,
  isReadRequest,
  isRouterRequest,
  isStorableResponse,
  isStorableSearch,
  matchesEtag,
} from "./policy";
import type { CachedResponse, Encoding, PageStore } from "./store";
import { isClientOnlyErrorShell, stripNextRuntime } from "./strip-runtime";

export type FrontHandlerOptions = {
  store: PageStore;
  /** The site's own 404 page, rendered on the server, to stand in for Next's client-only shell. */
  notFoundPage?: () => Promise<CapturedResponse | null>;
  /** Handled by Next as they are, e.g. when the front server is switched off for a comparison. */
  cacheEnabled?: boolean;
};

type CacheState = "HIT" | "STALE" | "MISS" | "BYPASS";

const MIN_COMPRESS_BYTES = 1024;

function headerValue(headers: OutgoingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(", ") : String(value);
}

// Moderate settings: a kept page is compressed again on every refresh, inside a reader's request.
function compress(body: Buffer, encoding: Exclude<Encoding, "identity">): Buffer {
  if (encoding === "gzip") return zlib.gzipSync(body, { level: 6 });
  return zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

function withVaryAcceptEncoding(vary: string | undefined): string {
  if (!vary) return "Accept-Encoding";
  return /\baccept-encoding\b/i.test(vary) ? vary : `${vary}, Accept-Encoding`;
}

/** Next's response, rewritten for readers: runtime removed, our ETag, every encoding we offer. */
export function prepareResponse(
  captured: CapturedResponse,
  encodings: ReadonlyArray<Exclude<Encoding, "identity">>,
): CachedResponse {
  const contentType = headerValue(captured.headers, "content-type");
  let body = captured.body;
  if (contentType && /^text\/html\b/i.test(contentType))
    body = Buffer.from(stripNextRuntime(body.toString("utf8")), "utf8");
  const headers: CachedResponse["headers"] = {};
  for (const [name, value] of Object.entries(captured.headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || DROPPED_HEADERS.has(lower)) continue;
    headers[lower] = typeof value === "number" ? String(value) : value;
  }
  headers["vary"] = withVaryAcceptEncoding(headerValue(captured.headers, "vary"));
  const bodies: CachedResponse["bodies"] = { identity: body };
  if (isCompressible(contentType) && body.length >= MIN_COMPRESS_BYTES) {
    for (const encoding of encodings) bodies[encoding] = compress(body, encoding);
  }
  const etag = `"${createHash("sha1").update(body).digest("base64url").slice(0, 27)}"`;
  return { status: captured.status, headers, etag, bodies };
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  response: CachedResponse,
  acceptEncoding: string | undefined,
  state: CacheState,
  ageMs = 0,
): void {
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
  res.setHeader("etag", response.etag);
  res.setHeader("x-gazette-cache", state);
  if (ageMs >= 1000) res.setHeader("age", String(Math.floor(ageMs / 1000)));
  if (response.status === 200 && matchesEtag(req.headers["if-none-match"], response.etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const encoding = chooseEncoding(acceptEncoding, Object.keys(response.bodies) as Encoding[]);
  const body = response.bodies[encoding] ?? response.bodies.identity;
  if (encoding !== "identity") res.setHeader("content-encoding", encoding);
  res.setHeader("content-length", String(body.length));
  res.statusCode = response.status;
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Reader pages fetched by Next's client router (from an admin page) load as documents instead. */
function sendDocumentNavigation(res: ServerResponse): void {
  res.statusCode = 200;
  res.setHeader("content-type", "text/plain; charset=utf-8");
  res.setHeader("cache-control", "private, no-store");
  res.setHeader("vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch");
  res.end("Reader pages load as documents.");
}

/**
 * The front server: keeps finished reader responses in memory (see store.ts), serves them
 * with ETag/304 and pre-compressed bodies, strips Next's client runtime from reader HTML, and
 * leaves staff pages, API routes and assets entirely to Next.
 */
export function createFrontHandler(next: RequestHandler, options: FrontHandlerOptions): RequestHandler {
  const { store } = options;
  const cacheEnabled = options.cacheEnabled ?? true;

  return async function frontHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? "/";
    const pathname = url.split("?", 1)[0]!;
    if (!isReaderPath(pathname) || !isReadRequest(req.method)) return void (await next(req, res));
    if (isRouterRequest(req.headers)) return sendDocumentNavigation(res);

    const acceptEncoding = req.headers["accept-encoding"];
    const found = cacheEnabled ? store.lookup(url) : ({ kind: "miss" } as const);
    if (found.kind === "fresh" || found.kind === "stale")
      return send(
        req,
        res,
        found.response,
        acceptEncoding,
        found.kind === "fresh" ? "HIT" : "STALE",
        found.ageMs,
      );
    if (req.method === "HEAD") {
      // A HEAD never refreshes: Next sends no body for it, and there is nothing to keep.
      if (found.kind === "refresh") {
        store.abandonRefresh(url);
        return send(req, res, found.response, acceptEncoding, "STALE", found.ageMs);
      }
      return void (await next(req, res));
    }

    const generation = store.generation;
    // Next then answers uncompressed: we compress once per kept page rather than per request.
    delete req.headers["accept-encoding"];
    let response: CachedResponse;
    let storable: boolean;
    try {
      let captured = await captureResponse(next, req, res);
      if (
        captured.status === 404 &&
        options.notFoundPage &&
        isClientOnlyErrorShell(captured.body.toString("utf8"))
      ) {
        const page = await options.notFoundPage();
        if (page) captured = { ...page, status: 404 };
      }
      storable =
        cacheEnabled &&
        (isStorableResponse(captured.status, captured.headers) ||
          isStorableSearch(pathname, captured.status, captured.headers));
      const wanted = chooseEncoding(acceptEncoding, ["br", "gzip"]);
      const encodings = storable ? (["br", "gzip"] as const) : wanted === "identity" ? [] : [wanted];
      response = prepareResponse(captured, encodings);
    } catch (error) {
      // Whatever went wrong, the next reader of a stale copy tries again.
      store.abandonRefresh(url);
      // The reader went away mid-render: nobody to answer, nothing to report.
      if (error instanceof ResponseClosedError) return;
      // Next's headers (its content-length, a public cache-control) must not go out with the
      // caller's error response.
      if (!res.headersSent) for (const name of res.getHeaderNames()) res.removeHeader(name);
      throw error;
    }
    if (storable) store.store(url, response, generation);
    else store.abandonRefresh(url);
    send(req, res, response, acceptEncoding, storable ? "MISS" : "BYPASS");
  };
}
