/**
 * Reader pages are server-rendered documents with no client components: what they do in the
 * browser lives in /reader.js. Next still ships React, its router and the page's RSC payload
 * (about 180 KB of gzipped script and half of each page's HTML) to hydrate a tree that has
 * nothing to hydrate. This removes exactly those: Next's chunk scripts, the inline payload and
 * Turbopack bootstrap, and their preload hints. Every other script stays: the theme set-up,
 * JSON-LD, React's inline streaming helpers and /reader.js.
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*>/gi;
const NEXT_ASSET = /\b(?:src|href)\s*=\s*["']?\/_next\//i;
const NEXT_INLINE =
  /^\s*\(?\s*(?:self\.__next_f\b|globalThis\s*(?:\[\s*["']TURBOPACK["']\s*\]|\.TURBOPACK\b))/;

function isNextRuntimeScript(attributes: string, body: string): boolean {
  if (NEXT_ASSET.test(attributes)) return true;
  return NEXT_INLINE.test(body);
}

function isNextScriptPreload(tag: string): boolean {
  return (
    /\brel\s*=\s*["']?(?:preload|modulepreload)\b/i.test(tag) &&
    NEXT_ASSET.test(tag) &&
    /\bas\s*=\s*["']?script\b|modulepreload/i.test(tag)
  );
}

export function stripNextRuntime(html: string): string {
  return html
    .replace(SCRIPT, (whole: string, attributes: string, body: string) =>
      isNextRuntimeScript(attributes, body) ? "" : whole,
    )
    .replace(SCRIPT_PRELOAD, (tag: string) => (isNextScriptPreload(tag) ? "" : tag));
}

/**
 * `notFound()` inside a prerendered dynamic route answers 404 with an empty shell that only
 * JavaScript fills in (vercel/next.js#62228). Without the runtime it would stay blank.
 */
export function isClientOnlyErrorShell(html: string): boolean {
  return /<html\b[^>]*\bid\s*=\s*["']?__next_error__/i.test(html);
}
