import { describe, expect, it } from "vitest";
import { isClientOnlyErrorShell, stripNextRuntime } from "./strip-runtime";

type Part = { html: string; next?: true };

/** A reader page the way Next 16 writes it; `next: true` marks what the stripping must remove. */
const PAGE: Part[] = [
  { html: '<!DOCTYPE html><!--a1b2c3--><html lang="en" data-theme="light"><head><meta charSet="utf-8"/>' },
  { html: '<meta name="viewport" content="width=device-width, initial-scale=1"/>' },
  { html: '<link rel="preload" href="/images/flood-barrier.svg" as="image" fetchPriority="high"/>' },
  { html: '<link rel="stylesheet" href="/_next/static/chunks/14jamvt9wzpog.css" data-precedence="next"/>' },
  {
    html: '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
    next: true,
  },
  { html: '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>', next: true },
  { html: '<script src="/_next/static/chunks/b.js" async=""></script>', next: true },
  { html: '<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async=""></script>', next: true },
  {
    html: '<link rel="preload" href="/_next/static/media/serif.woff2" as="font" crossorigin="" type="font/woff2"/>',
  },
  { html: '<script src="/_next/static/chunks/c.js" noModule=""></script>', next: true },
  {
    html:
      '<script>(function(){try{var d=document.documentElement,k="gazette-theme",m=window.matchMedia("(prefers-color-scheme: dark)");' +
      'function a(){var p=localStorage.getItem(k);d.dataset.theme=p==="light"||p==="dark"?p:m.matches?"dark":"light"}a()}catch(e){}})()</script>',
  },
  { html: "<title>Flood barrier opens | The Gazette</title>" },
  { html: '<link rel="canonical" href="https://gazette.example/articles/flood-barrier-opens"/>' },
  {
    html: '<link rel="alternate" type="application/rss+xml" href="https://gazette.example/feed.xml" title="The Gazette"/>',
  },
  {
    html:
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",' +
      '"headline":"Flood barrier opens","image":["https://gazette.example/images/flood-barrier.svg"]}</script>',
  },
  { html: '<script src="/reader.js" defer=""></script>' },
  {
    html: '</head><body><div hidden=""><!--$--><!--/$--></div><header class="site-header"><a href="/">The Gazette</a></header>',
  },
  {
    html:
      '<main id="main"><article><h1>Flood barrier opens</h1><p>The barrier <em>rose</em> at 06:00 &amp; held.</p>' +
      "<p>Ünïcödé “quotes” — and emoji 🌊 survive byte for byte.</p>" +
      '<!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--></article></main>',
  },
  { html: '<script src="/_next/static/chunks/3qfy96eoyh-ek.js" async=""></script>', next: true },
  { html: "<script>(self.__next_f=self.__next_f||[]).push([0])</script>", next: true },
  {
    html: '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[39756,[\\"/_next/static/chunks/b.js\\"],\\"default\\"]\\n"])</script>',
    next: true,
  },
  {
    html: '<script>self.__next_f.push([1,"5:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003c/script\\u003e\\"}]\\n"])</script>',
    next: true,
  },
  {
    html:
      '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/310vm2bl3xxpt.js"],' +
      '"runtimeModuleIds":[12345]})</script>',
    next: true,
  },
  { html: "<script>$RC=function(b,c){b=document.getElementById(b);c=document.getElementById(c);}</script>" },
  { html: '<div hidden id="S:0"><p>Streamed in.</p></div><script>$RC("B:0","S:0")</script>' },
  { html: "<script>requestAnimationFrame(function(){$RT=performance.now()});</script>" },
  { html: '<script src="https://cdn.example.com/_next/static/chunks/elsewhere.js"></script>' },
  { html: '<link rel="preload" as="script" href="https://cdn.example.com/widget.js"/>' },
  { html: "</body></html>" },
];

const input = PAGE.map((part) => part.html).join("");
const expected = PAGE.filter((part) => !part.next)
  .map((part) => part.html)
  .join("");

describe("stripNextRuntime", () => {
  it("removes exactly Next's runtime and leaves every other byte alone", () => {
    const output = stripNextRuntime(input);
    expect(output).toBe(expected);
    expect(Buffer.from(output, "utf8").equals(Buffer.from(expected, "utf8"))).toBe(true);
  });

  it("leaves no Next script, payload, bootstrap or script preload behind", () => {
    const output = stripNextRuntime(input);
    expect(output).not.toMatch(/<script[^>]*src="\/_next\//);
    expect(output).not.toContain("__next_f");
    expect(output).not.toContain("TURBOPACK");
    expect(output).not.toMatch(/<link[^>]*as="script"[^>]*href="\/_next\//);
    expect(output).not.toContain("modulepreload");
  });

  it("keeps the theme script, JSON-LD, React's helpers, /reader.js, stylesheets and image/font preloads", () => {
    const output = stripNextRuntime(input);
    expect(output).toContain('<script>(function(){try{var d=document.documentElement,k="gazette-theme"');
    expect(output).toContain('<script type="application/ld+json">{"@context":"https://schema.org"');
    expect(output).toContain("<script>$RC=function(b,c){");
    expect(output).toContain('<script>$RC("B:0","S:0")</script>');
    expect(output).toContain('<script src="/reader.js" defer=""></script>');
    expect(output).toContain(
      '<link rel="stylesheet" href="/_next/static/chunks/14jamvt9wzpog.css" data-precedence="next"/>',
    );
    expect(output).toContain(
      '<link rel="preload" href="/images/flood-barrier.svg" as="image" fetchPriority="high"/>',
    );
    expect(output).toContain('<link rel="preload" href="/_next/static/media/serif.woff2" as="font"');
  });

  it("is idempotent", () => {
    const once = stripNextRuntime(input);
    expect(stripNextRuntime(once)).toBe(once);
  });

  it("returns a page without Next's runtime unchanged", () => {
    expect(stripNextRuntime(expected)).toBe(expected);
    expect(stripNextRuntime("")).toBe("");
    expect(stripNextRuntime("plain text, no markup")).toBe("plain text, no markup");
  });

  it("handles single quotes, unquoted attributes, upper case and multi-line inline payloads", () => {
    const variants = [
      "<script src='/_next/static/chunks/q.js' async></script>",
      "<script src=/_next/static/chunks/u.js async></script>",
      '<SCRIPT SRC="/_next/static/chunks/upper.js"></SCRIPT>',
      "<link rel='preload' as='script' href='/_next/static/chunks/q.js'>",
      "<script>\n  (self.__next_f = self.__next_f || []).push([0]);\n</script>",
      '<script>\nself.__next_f.push([1,"a\\nb"])\n</script>',
      "<script>globalThis.TURBOPACK = globalThis.TURBOPACK || []</script>",
    ];
    const keep = "<p>kept</p>";
    expect(stripNextRuntime(variants.join(keep) + keep)).toBe(keep.repeat(variants.length));
  });

  it("keeps inline scripts that merely mention Next's names later on", () => {
    const html =
      '<script>window.ready=1;if(self.__next_f){console.log("next")}</script><script>var TURBOPACK=1</script>';
    expect(stripNextRuntime(html)).toBe(html);
  });
});

describe("isClientOnlyErrorShell", () => {
  it.each<[string, boolean]>([
    [
      '<!DOCTYPE html><!--x--><html id="__next_error__"><head><meta charSet="utf-8"/><script src="/_next/static/chunks/a.js" async=""></script></head><body><script>self.__next_f.push([1,""])</script></body></html>',
      true,
    ],
    ['<!DOCTYPE html><html lang="en" id="__next_error__"><head></head><body></body></html>', true],
    ["<html id='__next_error__'>", true],
    ["<HTML ID=__next_error__>", true],
    [
      '<!DOCTYPE html><html lang="en"><head><title>Page not found | The Gazette</title></head><body><h1>Page not found</h1></body></html>',
      false,
    ],
    ['<!DOCTYPE html><html lang="en"><body><div id="__next_error__"></div></body></html>', false],
    ['<html lang="en"><body><p>We write about id="__next_error__" bugs.</p></body></html>', false],
    ["", false],
  ])("%#: %s → %s", (html, expected) => {
    expect(isClientOnlyErrorShell(html)).toBe(expected);
  });
});
