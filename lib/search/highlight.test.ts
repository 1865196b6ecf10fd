import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, parseHighlights, renderHighlights, stripMarkdown } from "./highlight";

const m = (s: string) => `${MARK_START}${s}${MARK_END}`;

describe("highlights", () => {
  it("escapes everything and turns only the markers into <mark>", () => {
    const html = renderToStaticMarkup(createElement("p", null, renderHighlights(`<script>alert(1)</script> the ${m("flood")} <mark>x</mark>`)));
    expect(html).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt; the <mark>flood</mark> &lt;mark&gt;x&lt;/mark&gt;</p>");
  });

  it("drops stray and nested markers instead of breaking", () => {
    expect(parseHighlights(`${MARK_END}a${MARK_START}b${MARK_START}c${MARK_END}d${MARK_START}`)).toEqual([
      { text: "a", marked: false },
      { text: "bc", marked: true },
      { text: "d", marked: false },
    ]);
  });

  it("strips Markdown syntax from body snippets but keeps the words and markers", () => {
    expect(stripMarkdown(`## The ${m("flood")}\n\n**Big** [news](https://x.test/a) and _more_`)).toBe(
      `The ${m("flood")} Big news and more`,
    );
  });
});
