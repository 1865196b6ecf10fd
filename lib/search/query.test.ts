import { describe, expect, it } from "vitest";
import { MAX_TERMS, searchTerms, toMatchExpression } from "./query";

describe("searchTerms / toMatchExpression", () => {
  it("quotes every word as a prefix term", () => {
    expect(toMatchExpression(searchTerms("Flood barrier"))).toBe('"flood"* "barrier"*');
  });

  it.each([
    ['"unbalanced', '"unbalanced"*'],
    ["a AND b OR NOT c", '"a"* "and"* "b"* "or"* "not"* "c"*'],
    ["NEAR(flood barrier, 2)", '"near"* "flood"* "barrier"* "2"*'],
    ["headline:flood", '"headline"* "flood"*'],
    ["*", null],
    ['"" ** ^ () - +', null],
    ["café", '"café"*'],
  ])("turns %j into %j", (input, expected) => {
    expect(toMatchExpression(searchTerms(input))).toBe(expected);
  });

  it("writes a term as the indexed words it is a prefix of, when given them", () => {
    const expansions = new Map([
      ["harbour", ["harbour", "harbours", "harbourmaster"]],
      ["flood", ["flood"]],
    ]);
    expect(toMatchExpression(["harbour", "flood", "tide"], expansions)).toBe('("harbour" OR "harbours" OR "harbourmaster") AND "flood" AND "tide"*');
    expect(toMatchExpression(["flood", "tide"], expansions)).toBe('"flood" "tide"*');
    expect(toMatchExpression(["tide"], new Map([["tide", []]]))).toBe('"tide"*');
  });

  it("caps very long input and the number of terms", () => {
    const terms = searchTerms("word ".repeat(10_000));
    expect(terms).toEqual(["word"]);
    expect(searchTerms(Array.from({ length: 50 }, (_, i) => `w${i}`).join(" "))).toHaveLength(MAX_TERMS);
  });
});
