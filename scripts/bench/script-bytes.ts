// Client JavaScript per page: the <script src> chunks a page's HTML loads, and its inline scripts.
import { gzipSync } from "node:zlib";

export type ParsedScripts = { srcs: string[]; inlineBytes: number };

/**
 * The external script URLs of a page (absolute, in order, without duplicates) and the byte size of
 * its inline scripts (Next's flight data, the theme bootstrap). JSON-LD blocks are data, not code,
 * and are not counted.
 */
export function parseScripts(html: string, base: string): ParsedScripts {
  const srcs: string[] = [];
  let inlineBytes = 0;
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  for (const m of html.matchAll(re)) {
    const attrs = m[1] ?? "";
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    if (src) {
      const url = new URL(decodeEntities(src[1] ?? src[2] ?? src[3] ?? ""), base).href;
      if (!srcs.includes(url)) srcs.push(url);
      continue;
    }
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && type !== "text/javascript" && type !== "module" && type !== "application/javascript") continue;
    inlineBytes += Buffer.byteLength(m[2] ?? "");
  }
  return { srcs, inlineBytes };
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");
}

export type ScriptBytes = { scripts: number; raw: number; gzip: number; inline: number };

/** Fetches a page and each script it loads (bounded by a timeout each) and sums their sizes. */
export async function measureScriptBytes(url: string, cache = new Map<string, Buffer>()): Promise<ScriptBytes> {
  const html = await (await fetch(url, { signal: AbortSignal.timeout(30_000) })).text();
  const { srcs, inlineBytes } = parseScripts(html, url);
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    let body = cache.get(src);
    if (!body) {
      const res = await fetch(src, { signal: AbortSignal.timeout(30_000) });
      if (!res.ok) throw new Error(`${src}: HTTP ${res.status}`);
      body = Buffer.from(await res.arrayBuffer());
      cache.set(src, body);
    }
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { scripts: srcs.length, raw, gzip, inline: inlineBytes };
}
