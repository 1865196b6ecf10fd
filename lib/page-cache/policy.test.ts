import type { OutgoingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { READER_CACHE, XML_CACHE } from "@/lib/cache-headers";
import {
  chooseEncoding,
  DROPPED_HEADERS,
  isCompressible,
  isReaderPath,
  isReadRequest,
  isRouterRequest,
  isStorableResponse,
  matchesEtag,
} from "./policy";
import type { Encoding } from "./store";

describe("isReaderPath", () => {
  it.each([
    ["/", true],
    ["/articles/flood-barrier-opens", true],
    ["/sections/city", true],
    ["/sections/city/page/2", true],
    ["/tags/weather", true],
    ["/authors/jane-doe", true],
    ["/corrections", true],
    ["/search", true],
    ["/feed.xml", true],
    ["/sitemap.xml", true],
    ["/robots.txt", true],
    ["/reader.js", true],
    ["/images/flood-barrier.svg", true],
    ["/__gazette/not-found", true],
    // Only whole first segments are staff or asset paths.
    ["/administrator", true],
    ["/apis", true],
    ["/logins", true],
    ["/previews", true],
    ["/mediax", true],
    ["/_nextish", true],
    ["/articles/admin", true],
    ["/articles/api", true],
    ["/admin", false],
    ["/admin/", false],
    ["/admin/articles/12/edit", false],
    ["/login", false],
    ["/login/callback", false],
    ["/preview", false],
    ["/preview/abc123", false],
    ["/api", false],
    ["/api/views", false],
    ["/api/auth/session", false],
    ["/_next", false],
    ["/_next/static/chunks/a.js", false],
    ["/_next/image", false],
    ["/media", false],
    ["/media/2030/01/photo.jpg", false],
  ])("%s → %s", (pathname, expected) => {
    expect(isReaderPath(pathname)).toBe(expected);
  });
});

describe("isRouterRequest", () => {
  it.each([
    [{ rsc: "1" }, true],
    [{ "next-router-prefetch": "1" }, true],
    [{ "next-router-state-tree": "%5B%22%22%5D" }, true],
    [{ "next-action": "abc123" }, true],
    [{ rsc: "" }, true],
    [{}, false],
    [{ accept: "text/html", "accept-encoding": "br" }, false],
    [{ "next-url": "/admin" }, false],
    [{ "x-rsc": "1" }, false],
  ])("%j → %s", (headers, expected) => {
    expect(isRouterRequest(headers)).toBe(expected);
  });
});

describe("isReadRequest", () => {
  it.each([
    ["GET", true],
    ["HEAD", true],
    ["POST", false],
    ["PUT", false],
    ["DELETE", false],
    ["OPTIONS", false],
    ["get", false],
    [undefined, false],
  ])("%s → %s", (method, expected) => {
    expect(isReadRequest(method)).toBe(expected);
  });
});

describe("isStorableResponse", () => {
  const ok: OutgoingHttpHeaders = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": READER_CACHE,
    "x-nextjs-cache": "HIT",
  };

  it.each<[string, number, OutgoingHttpHeaders, boolean]>([
    ["a public page Next served from its cache", 200, ok, true],
    ["a public page Next just rendered into its cache", 200, { ...ok, "x-nextjs-cache": "MISS" }, true],
    ["lower-case cache state", 200, { ...ok, "x-nextjs-cache": "hit" }, true],
    ["a feed", 200, { ...ok, "content-type": "application/rss+xml", "cache-control": XML_CACHE }, true],
    ["bare public", 200, { ...ok, "cache-control": "public" }, true],
    ["upper-case PUBLIC", 200, { ...ok, "cache-control": "PUBLIC, MAX-AGE=0" }, true],
    // res.setHeader accepts a list for any header.
    [
      "cache-control as a list",
      200,
      { ...ok, "cache-control": ["public", "max-age=0"] } as unknown as OutgoingHttpHeaders,
      true,
    ],
    [
      "cache-control list with private",
      200,
      { ...ok, "cache-control": ["public", "private"] } as unknown as OutgoingHttpHeaders,
      false,
    ],
    ["Next's stale copy", 200, { ...ok, "x-nextjs-cache": "STALE" }, false],
    [
      "no x-nextjs-cache (dynamic render)",
      200,
      { "content-type": "text/html", "cache-control": READER_CACHE },
      false,
    ],
    ["unknown x-nextjs-cache", 200, { ...ok, "x-nextjs-cache": "REVALIDATED" }, false],
    ["set-cookie", 200, { ...ok, "set-cookie": "session=1; HttpOnly" }, false],
    ["set-cookie list", 200, { ...ok, "set-cookie": ["a=1", "b=2"] }, false],
    ["empty set-cookie list", 200, { ...ok, "set-cookie": [] }, false],
    ["private", 200, { ...ok, "cache-control": "private, max-age=60" }, false],
    ["private, no-store", 200, { ...ok, "cache-control": "private, no-store" }, false],
    ["public with no-store", 200, { ...ok, "cache-control": "public, no-store" }, false],
    ["public with no-cache", 200, { ...ok, "cache-control": "public, no-cache" }, false],
    [
      "Next's dynamic header",
      200,
      { ...ok, "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" },
      false,
    ],
    ["Next's own ISR header without public", 200, { ...ok, "cache-control": "s-maxage=31536000" }, false],
    ["no cache-control", 200, { "content-type": "text/html", "x-nextjs-cache": "HIT" }, false],
    ["404", 404, ok, false],
    ["500", 500, ok, false],
    ["redirect", 308, { ...ok, location: "/articles/x" }, false],
    ["204", 204, ok, false],
    ["206", 206, ok, false],
  ])("%s", (_name, status, headers, expected) => {
    expect(isStorableResponse(status, headers)).toBe(expected);
  });
});

describe("chooseEncoding", () => {
  const both: Encoding[] = ["br", "gzip", "identity"];

  it.each<[string | undefined, Encoding[], Encoding]>([
    [undefined, both, "identity"],
    ["", both, "identity"],
    ["gzip, deflate, br", both, "br"],
    ["gzip, deflate, br, zstd", both, "br"],
    ["gzip", both, "gzip"],
    ["br", both, "br"],
    ["deflate", both, "identity"],
    ["identity", both, "identity"],
    ["zstd", both, "identity"],
    // Only what is on offer.
    ["br", ["gzip", "identity"], "identity"],
    ["br, gzip", ["gzip", "identity"], "gzip"],
    ["br, gzip", ["identity"], "identity"],
    ["br, gzip", [], "identity"],
    // q-values: 0 refuses; otherwise the higher q wins, br on a tie.
    ["br;q=0, gzip", both, "gzip"],
    ["br;q=0.0, gzip;q=0.000", both, "identity"],
    ["gzip;q=0", both, "identity"],
    ["br;q=0.5, gzip;q=0.8", both, "gzip"],
    ["br;q=0.9, gzip;q=0.8", both, "br"],
    ["gzip;q=1.0, br;q=1.0", both, "br"],
    ["gzip, br;q=0.1", both, "gzip"],
    ["br;q=0.1", both, "br"],
    ["br;q=junk, gzip", both, "gzip"],
    ["br; q=0.5 , gzip ;q=0.4", both, "br"],
    // Case and whitespace do not matter.
    ["  GZIP ,  BR ", both, "br"],
    ["Gzip;Q=0.5", both, "gzip"],
    // Wildcard covers what is not named.
    ["*", both, "br"],
    ["*;q=0", both, "identity"],
    ["br;q=0, *", both, "gzip"],
    ["gzip;q=0, *", both, "br"],
    ["*;q=0, gzip", both, "gzip"],
    ["*", ["gzip", "identity"], "gzip"],
  ])("%j offering %j → %s", (header, offered, expected) => {
    expect(chooseEncoding(header, offered)).toBe(expected);
  });
});

describe("matchesEtag", () => {
  const etag = '"abc123"';

  it.each<[string | undefined, boolean]>([
    [undefined, false],
    ["", false],
    ['"abc123"', true],
    [' "abc123" ', true],
    ['W/"abc123"', true],
    ['"other"', false],
    ['"abc"', false],
    ["abc123", false],
    ['"other", "abc123"', true],
    ['"other",W/"abc123"', true],
    ['"one", "two"', false],
    ["*", true],
    [" * ", true],
  ])("If-None-Match %j → %s", (header, expected) => {
    expect(matchesEtag(header, etag)).toBe(expected);
  });

  it("compares weakly when our own tag is weak", () => {
    expect(matchesEtag('"abc123"', 'W/"abc123"')).toBe(true);
    expect(matchesEtag('W/"abc123"', 'W/"abc123"')).toBe(true);
    expect(matchesEtag('W/"zzz"', 'W/"abc123"')).toBe(false);
  });
});

describe("isCompressible", () => {
  it.each<[string | undefined, boolean]>([
    [undefined, false],
    ["", false],
    ["text/html; charset=utf-8", true],
    ["text/plain", true],
    ["text/css", true],
    ["TEXT/HTML", true],
    ["application/json", true],
    ["application/ld+json", true],
    ["application/manifest+json", true],
    ["application/xml", true],
    ["application/rss+xml; charset=utf-8", true],
    ["application/atom+xml", true],
    ["application/javascript", true],
    ["image/svg+xml", true],
    ["image/png", false],
    ["image/jpeg", false],
    ["image/webp", false],
    ["application/octet-stream", false],
    ["application/pdf", false],
    ["application/zip", false],
    ["font/woff2", false],
    ["video/mp4", false],
  ])("%j → %s", (contentType, expected) => {
    expect(isCompressible(contentType)).toBe(expected);
  });
});

describe("DROPPED_HEADERS", () => {
  it("holds per-connection headers and those the front server recomputes", () => {
    for (const name of [
      "connection",
      "keep-alive",
      "transfer-encoding",
      "content-length",
      "content-encoding",
      "date",
      "etag",
      "age",
    ]) {
      expect(DROPPED_HEADERS.has(name)).toBe(true);
    }
    for (const name of [
      "content-type",
      "cache-control",
      "vary",
      "set-cookie",
      "location",
      "x-nextjs-cache",
    ]) {
      expect(DROPPED_HEADERS.has(name)).toBe(false);
    }
  });
});
