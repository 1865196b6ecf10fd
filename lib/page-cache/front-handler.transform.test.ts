// What the front handler does to the responses it serves: content encoding, Vary, and the
// site's 404 page in place of Next's client-only 404 shell.
import { afterEach, describe, expect, it } from "vitest";
import type { CapturedResponse } from "./capture";
import {
  closeServers,
  get,
  NEXT_VARY,
  page,
  READER_HEADERS,
  RUNTIME_HEAD,
  RUNTIME_TAIL,
  start,
} from "./front-handler.harness";

afterEach(closeServers);

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
    const br = await get(h, "/tags/flood?page=2", { "accept-encoding": "br" });
    expect(br.headers["x-gazette-cache"]).toBe("BYPASS");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.text).toBe(v1.stripped);
    const gzip = await get(h, "/tags/flood?page=2", { "accept-encoding": "gzip" });
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
