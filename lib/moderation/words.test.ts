import { describe, expect, it } from "vitest";
import { countLinks, findWords, splitHighlights } from "./words";

describe("findWords", () => {
  it.each([
    { text: "What an idiot.", words: ["idiot"], found: ["idiot"] },
    { text: "What an IDIOT!", words: ["idiot"], found: ["idiot"] },
    { text: "Idiotic, not idiot-proof", words: ["idiot"], found: ["idiot"] },
    { text: "A classic class", words: ["ass"], found: [] },
    { text: "my_idiot_friend", words: ["idiot"], found: [] },
    { text: "Du bist ein DUMMKOPF", words: ["dummkopf"], found: ["dummkopf"] },
    { text: "Ça suffit, IMBÉCILE.", words: ["imbécile"], found: ["imbécile"] },
    { text: "imbéciles", words: ["imbécile"], found: [] },
    // Decomposed é (e + combining accent) matches the composed word.
    { text: "imbe\u0301cile", words: ["imbécile"], found: ["imbécile"] },
    { text: "Глупец и ГЛУПЕЦ", words: ["глупец"], found: ["глупец"] },
    { text: "buy  cheap   pills now", words: ["cheap pills"], found: ["cheap pills"] },
    { text: "a+b equals c, maybe", words: ["a+b", "(maybe)", "c.*"], found: ["a+b"] },
    { text: "nothing here", words: [], found: [] },
    { text: "idiot moron idiot", words: ["moron", "idiot"], found: ["idiot", "moron"] },
  ])("$text with $words finds $found", ({ text, words, found }) => {
    expect(findWords(text, words)).toEqual(found);
  });
});

describe("splitHighlights", () => {
  it("marks each whole-word match and keeps the rest as plain text", () => {
    expect(splitHighlights("You idiot, an Idiot<b>!", ["idiot"])).toEqual([
      { text: "You ", match: false },
      { text: "idiot", match: true },
      { text: ", an ", match: false },
      { text: "Idiot", match: true },
      { text: "<b>!", match: false },
    ]);
  });

  it("returns the whole text as one plain part without matches, and nothing for empty text", () => {
    expect(splitHighlights("classy", ["ass"])).toEqual([{ text: "classy", match: false }]);
    expect(splitHighlights("fine", [])).toEqual([{ text: "fine", match: false }]);
    expect(splitHighlights("", ["x"])).toEqual([]);
  });

  it("joins back to the original text", () => {
    const text = "moron at start, moron. end moron";
    expect(splitHighlights(text, ["moron"]).map((p) => p.text).join("")).toBe(text);
  });
});

describe("countLinks", () => {
  it.each([
    ["no links at all", 0],
    ["see https://example.com/a and http://x.test", 2],
    ["www.example.com, and WWW.other.test/page", 2],
    ["mail me at me@www.example.com", 0],
    ["https://a.test https://b.test https://c.test", 3],
  ])("%j has %i", (text, n) => {
    expect(countLinks(text)).toBe(n);
  });
});
