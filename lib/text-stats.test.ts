import { describe, expect, it } from "vitest";
import { formatTextStats, readingTimeMinutes, wordCount } from "./text-stats";

describe("wordCount", () => {
  it.each([
    ["", 0],
    ["   \n\n  ", 0],
    ["One two three", 3],
    ["## A heading\n\nSome **bold** and _italic_ text.", 7],
    ["Don't split co-op or 3.5 per cent", 7],
    ["[the council](https://example.org/very/long/path) said", 3],
    ["![A flooded street](/media/x.jpg)\n\nCaption words", 2],
    ["- one\n- two\n> three", 3],
    ["See https://example.org/report for more", 3],
    ["Zürich, São Paulo and Łódź", 5],
    ["<em>inline</em> html", 2],
  ])("%j has %i words", (text, expected) => {
    expect(wordCount(text)).toBe(expected);
  });

  it("counts code inside fences but not the fences", () => {
    expect(wordCount("```js\nconst answer = 42\n```")).toBe(3);
  });
});

describe("readingTimeMinutes", () => {
  it.each([
    [0, 0],
    [1, 1],
    [230, 1],
    [231, 2],
    [1150, 5],
  ])("%i words take %i min", (words, minutes) => {
    expect(readingTimeMinutes(words)).toBe(minutes);
  });

  it("takes another pace and ignores nonsense", () => {
    expect(readingTimeMinutes(400, 200)).toBe(2);
    expect(readingTimeMinutes(-5)).toBe(0);
    expect(readingTimeMinutes(Number.NaN)).toBe(0);
  });
});

describe("formatTextStats", () => {
  it("reads naturally", () => {
    expect(formatTextStats(0)).toBe("0 words");
    expect(formatTextStats(1)).toBe("1 word · 1 min read");
    expect(formatTextStats(1234)).toBe("1,234 words · 6 min read");
  });
});
