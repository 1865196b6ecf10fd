import { describe, expect, it } from "vitest";
import { applyEdit, formatEdit, type Format } from "./markdown-format";

/** Runs a format on "text" with the selection marked by [ and ]; returns the result the same way. */
function run(format: Format, marked: string): string {
  const start = marked.indexOf("[");
  const end = marked.indexOf("]") - 1;
  const value = marked.replace("[", "").replace("]", "");
  const edit = formatEdit(format, { value, start, end });
  const next = applyEdit(value, edit);
  const [a, b] = edit.select;
  return `${next.slice(0, a)}[${next.slice(a, b)}]${next.slice(b)}`;
}

describe("formatEdit", () => {
  it.each<[Format, string, string]>([
    ["bold", "a [word] here", "a **[word]** here"],
    ["bold", "a **[word]** here", "a [word] here"],
    ["bold", "a [**word**] here", "a [word] here"],
    ["bold", "a [word ]here", "a **[word]** here"],
    ["bold", "empty [] here", "empty **[bold text]** here"],
    ["italic", "[word]", "_[word]_"],
    ["italic", "_[word]_", "[word]"],
    ["heading", "Intro\nSub[]head\nMore", "Intro\n## Subhead[]\nMore"],
    ["heading", "## Sub[]head", "Subhead[]"],
    ["heading", "> quoted[]", "## quoted[]"],
    ["quote", "[one\ntwo]", "[> one\n> two]"],
    ["quote", "[> one\n> two]", "[one\ntwo]"],
    ["list", "[apples\n\npears]", "[- apples\n\n- pears]"],
    ["list", "[- apples\n- pears]", "[apples\npears]"],
    ["link", "see [the report]", "see [the report]([https://])"],
    ["link", "see []", "see [[link text]](https://)"],
    ["link", "see [https://example.org]", "see [[link text]](https://example.org)"],
    ["image", "[]", "![[Describe the image]](https://)"],
    ["image", "[A flooded street]", "![A flooded street]([https://])"],
  ])("%s on %j gives %j", (format, input, expected) => {
    expect(run(format, input)).toBe(expected);
  });

  it("only touches the lines the selection covers", () => {
    expect(run("quote", "keep\n[mid]\nkeep")).toBe("keep\n> mid[]\nkeep");
  });
});
