import { describe, expect, it } from "vitest";
import { markdownExcerpt, renderMarkdown } from "./markdown";

const XSS_PAYLOADS: Array<[name: string, source: string]> = [
  ["script tag", "<script>alert(1)</script>"],
  ["script inside a paragraph", "Hello <script>document.cookie</script> world"],
  ["img onerror", "<img src=x onerror=alert(1)>"],
  ["svg onload", "<svg onload=alert(1)>"],
  ["javascript: link", '<a href="javascript:alert(1)">x</a>'],
  ["upper-case JAVASCRIPT: link", '<a href="JAVASCRIPT:alert(1)">x</a>'],
  ["decimal-entity javascript: link", '<a href="&#106;avascript:alert(1)">x</a>'],
  ["hex-entity javascript&colon; link", '<a href="&#x6A;avascript&colon;alert(1)">x</a>'],
  ["tab inside javascript:", '<a href="java\tscript:alert(1)">x</a>'],
  ["leading space before javascript:", '<a href=" javascript:alert(1)">x</a>'],
  ["vbscript: link", '<a href="vbscript:msgbox(1)">x</a>'],
  ["data: URL link", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ["data: URL image", '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'],
  ["iframe", '<iframe src="https://evil.example"></iframe>'],
  ["style element", "<style>body{display:none}</style>"],
  ["inline style with javascript url", '<div style="background:url(javascript:alert(1))">x</div>'],
  ["form and input", '<form action="https://evil.example"><input name="password"></form>'],
  ["onclick on an allowed tag", '<p onclick="alert(1)">hi</p>'],
  ["onmouseover on an allowed link", '<a href="https://ok.example" onmouseover="alert(1)">x</a>'],
  ["markdown javascript: link", "[x](javascript:alert(1))"],
  ["markdown mixed-case javascript: link", "[x](JaVaScRiPt:alert(1))"],
  ["markdown javascript: image", "![x](javascript:alert(1))"],
  ["markdown data: link", "[x](data:text/html,<script>alert(1)</script>)"],
  ["javascript: autolink", "<javascript:alert(1)>"],
  ["comment closing early", "<!--><script>alert(1)</script>-->"],
  ["malformed comment end", "<!-- --!><img src=x onerror=alert(1)> -->"],
  ["object and embed", '<object data="x.swf"></object><embed src="x.swf">'],
  ["mXSS via math/style nesting", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"],
  ["base tag", "<base href='https://evil.example/'>"],
  ["meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
];

const FORBIDDEN_TAGS = /<\s*(script|iframe|style|form|input|object|embed|svg|math|base|meta|div)\b/i;

/** Every attribute value in the produced tags; text between tags is escaped and inert. */
function attributeValues(html: string): string[] {
  return [...html.matchAll(/\s[\w-]+\s*=\s*"([^"]*)"/g)].map((m) => m[1]!);
}

describe("renderMarkdown strips script vectors", () => {
  it.each(XSS_PAYLOADS)("%s", (_name, source) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(FORBIDDEN_TAGS);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    for (const value of attributeValues(html)) {
      expect(value.replace(/\s/g, "")).not.toMatch(/^(javascript|vbscript|data):/i);
    }
    expect(html).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|vbscript|data):/i);
  });

  it("keeps the text of a neutralised link", () => {
    expect(renderMarkdown("[read more](javascript:alert(1))")).toBe("<p><a>read more</a></p>\n");
  });
});

describe("renderMarkdown keeps ordinary writing", () => {
  it("demotes h1 to h2 and keeps lower headings", () => {
    const html = renderMarkdown("# Big\n\n## Section\n\n### Sub");
    expect(html).toContain("<h2>Big</h2>");
    expect(html).toContain("<h2>Section</h2>");
    expect(html).toContain("<h3>Sub</h3>");
    expect(html).not.toContain("<h1");
  });

  it("adds rel to external links but not to internal ones", () => {
    const html = renderMarkdown("[ext](https://example.org/a) and [int](/articles/x)");
    expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer nofollow">ext</a>');
    expect(html).toContain('<a href="/articles/x">int</a>');
  });

  it("keeps mailto links", () => {
    expect(renderMarkdown("[mail](mailto:news@gazette.test)")).toContain('href="mailto:news@gazette.test"');
  });

  it("keeps bulleted and numbered lists", () => {
    const html = renderMarkdown("- one\n- two\n\n1. first\n2. second");
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>first<\/li>\s*<li>second<\/li>\s*<\/ol>/);
  });

  it("keeps code blocks with their HTML escaped", () => {
    const html = renderMarkdown("Use `npm start`.\n\n```\n<b>bold</b>\n```");
    expect(html).toContain("<code>npm start</code>");
    expect(html).toContain("<pre><code>&lt;b&gt;bold&lt;/b&gt;\n</code></pre>");
  });

  it("keeps quotes, emphasis and images over https with lazy loading", () => {
    const html = renderMarkdown("> **Said** _this_\n\n![A heron](https://example.org/heron.png)");
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<strong>Said</strong>");
    expect(html).toContain("<em>this</em>");
    expect(html).toContain('<img src="https://example.org/heron.png" alt="A heron" loading="lazy" />');
  });

  it("keeps GFM tables", () => {
    const html = renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).toContain("<table>");
    expect(html).toContain("<td>1</td>");
  });
});

describe("markdownExcerpt", () => {
  const source =
    "# Heading\n\nSome **bold** text <script>alert(1)</script> and a [link](https://example.org).";

  it.each([
    ["plain text without tags or script content", source, 200, "Heading Some bold text and a link."],
    ["cut at the limit with an ellipsis", source, 20, "Heading Some bold t…"],
    ["trailing space trimmed before the ellipsis", "alpha beta gamma", 12, "alpha beta…"],
    ["short text untouched", "Short.", 200, "Short."],
    ["exactly the limit untouched", "12345", 5, "12345"],
    ["whitespace collapsed", "one\n\ntwo\n   three", 200, "one two three"],
    ["empty input", "", 200, ""],
  ])("%s", (_name, input, max, expected) => {
    expect(markdownExcerpt(input, max)).toBe(expected);
  });

  it("never exceeds the limit", () => {
    const long = "word ".repeat(200);
    expect(markdownExcerpt(long, 50).length).toBeLessThanOrEqual(50);
  });

  it("defaults to 200 characters", () => {
    const long = "x".repeat(500);
    expect(markdownExcerpt(long)).toHaveLength(200);
  });
});
