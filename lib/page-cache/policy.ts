import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";
import type { Encoding } from "./store";

/**
 * Which requests the front server handles itself. Staff pages (admin, login, previews), API
 * routes, Next's assets and uploaded media go straight to Next, untouched.
 */
const STAFF_OR_ASSET = /^\/(?:admin|login|preview|api|_next|media)(?:\/|$)/;

export function isReaderPath(pathname: string): boolean {
  return !STAFF_OR_ASSET.test(pathname);
}

/** Next's client router asks for RSC payloads with these; reader pages have no client router. */
export function isRouterRequest(headers: IncomingHttpHeaders): boolean {
  return (
    headers["rsc"] !== undefined ||
    headers["next-router-prefetch"] !== undefined ||
    headers["next-router-state-tree"] !== undefined ||
    headers["next-action"] !== undefined
  );
}

export function isReadRequest(method: string | undefined): boolean {
  return method === "GET" || method === "HEAD";
}

function header(headers: OutgoingHttpHeaders, name: string): string {
  const value = headers[name];
  if (value === undefined) return "";
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/**
 * Only what Next itself served from (or just put into) its cache, public, and the same for
 * everyone. Dynamic renders such as search, anything personal or stale, redirects and errors
 * always go back to Next.
 */
export function isStorableResponse(status: number, headers: OutgoingHttpHeaders): boolean {
  if (status !== 200) return false;
  if (headers["set-cookie"] !== undefined) return false;
  const cacheControl = header(headers, "cache-control").toLowerCase();
  if (!/\bpublic\b/.test(cacheControl) || /\b(?:private|no-store|no-cache)\b/.test(cacheControl))
    return false;
  const nextCache = header(headers, "x-nextjs-cache").toUpperCase();
  return nextCache === "HIT" || nextCache === "MISS";
}

/**
 * Search renders per request (its results depend on the query), so Next marks it private. It is
 * still the same for every reader who sends the same address, and a newsroom's readers send the
 * same few queries on a busy day: the front server keeps it like a reader page (1 s, dropped on
 * every staff change), while browsers and CDNs keep getting Next's private header.
 */
export function isStorableSearch(pathname: string, status: number, headers: OutgoingHttpHeaders): boolean {
  return (
    pathname === "/search" &&
    status === 200 &&
    headers["set-cookie"] === undefined &&
    header(headers, "content-type").toLowerCase().startsWith("text/html")
  );
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:[a-z.+-]*\+)?(?:xml|json|javascript)\b|image\/svg\+xml)/i;

export function isCompressible(contentType: string | undefined): boolean {
  return contentType !== undefined && COMPRESSIBLE.test(contentType);
}

/** The reader's preferred encoding among those on offer, by q-value (q=0 means "not this one"). */
export function chooseEncoding(acceptEncoding: string | undefined, offered: readonly Encoding[]): Encoding {
  if (!acceptEncoding) return "identity";
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name!.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const wildcard = accepted.get("*");
  // The highest q wins; on a tie br, the smaller.
  let best: Encoding = "identity";
  let bestQ = 0;
  for (const encoding of ["br", "gzip"] as const) {
    if (!offered.includes(encoding)) continue;
    const q = accepted.get(encoding) ?? wildcard ?? 0;
    if (q > bestQ) [best, bestQ] = [encoding, q];
  }
  return best;
}

/** `If-None-Match` against our ETag, weak comparison as RFC 9110 asks for GET. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => bare(tag) === bare(etag));
}

// Per connection, or recomputed for what we send.
export const DROPPED_HEADERS = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "date",
  "etag",
  "age",
]);
