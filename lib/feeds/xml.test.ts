import { describe, expect, it } from "vitest";
import { el, escapeXml, fragment, xmlDocument } from "./xml";

describe("escapeXml", () => {
  it.each([
    ["markup characters", `<b>"Tom" & 'Jerry'</b>`, "&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;"],
    ["an existing entity is escaped, not trusted", "&amp;", "&amp;amp;"],
    ["control characters XML 1.0 forbids are dropped", "a\u0000b\u0008c\u000Bd\u001Fe", "abcde"],
    ["tab, newline and carriage return are kept", "a\tb\nc\rd", "a\tb\nc\rd"],
    ["a lone surrogate is dropped", "x\uD800y", "xy"],
    ["a real surrogate pair (emoji) is kept", "news 📰", "news 📰"],
    ["U+FFFE and U+FFFF are dropped", "a\uFFFEb\uFFFFc", "abc"],
    ["plain text is untouched", "Council votes 31 to 6", "Council votes 31 to 6"],
  ])("%s", (_name, input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe("el", () => {
  it("escapes text children and attribute values, and inserts elements as they are", () => {
    const xml = el("item", { domain: `https://x.test/?a=1&b="2"` }, el("title", {}, "<script>alert(1)</script>"), "R&D");
    expect(xml.xml).toBe(
      '<item domain="https://x.test/?a=1&amp;b=&quot;2&quot;"><title>&lt;script&gt;alert(1)&lt;/script&gt;</title>R&amp;D</item>',
    );
  });

  it("leaves out undefined attributes and empty children, and self-closes an empty element", () => {
    expect(el("link", { href: "/a", title: undefined }, null, undefined, false, "").xml).toBe('<link href="/a"/>');
  });

  it("writes numbers as text", () => {
    expect(el("n", {}, 42).xml).toBe("<n>42</n>");
  });

  it.each(["bad name", "<x>", "a\"b", "1abc", ""])("refuses the element name %j", (name) => {
    expect(() => el(name, {})).toThrow(/Invalid XML name/);
  });

  it("refuses an attribute name that could inject markup", () => {
    expect(() => el("a", { 'x="1" onload': "y" })).toThrow(/Invalid XML attribute name/);
  });

  it("accepts namespaced names", () => {
    expect(el("dc:creator", { "xmlns:dc": "http://purl.org/dc/elements/1.1/" }, "Ada").xml).toBe(
      '<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Ada</dc:creator>',
    );
  });
});

describe("fragment and xmlDocument", () => {
  it("joins siblings without a wrapper and adds the declaration", () => {
    const doc = xmlDocument(el("list", {}, fragment([el("a", {}, "1"), null, el("b", {}, "2")])));
    expect(doc).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<list><a>1</a><b>2</b></list>\n');
  });
});
