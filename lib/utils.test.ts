import { describe, expect, it } from "vitest";
import { cn, formatDate, formatDateTime, slugify } from "./utils";

describe("slugify", () => {
  it.each([
    ["Flood barrier approved", "flood-barrier-approved"],
    ["Tomás Ferreira", "tomas-ferreira"],
    ["Crème brûlée à la carte", "creme-brulee-a-la-carte"],
    ["Portwell's new mill", "portwells-new-mill"],
    ["Portwell’s curly apostrophe", "portwells-curly-apostrophe"],
    ["What now?! A £9m gap, explained.", "what-now-a-9m-gap-explained"],
    ["  --Leading and trailing--  ", "leading-and-trailing"],
    ["Multiple   spaces\tand\nlines", "multiple-spaces-and-lines"],
    ["UPPER case", "upper-case"],
    ["2025 budget: 12% rise", "2025-budget-12-rise"],
    ["Łódź and Straße", "lodz-and-strasse"],
    ["Søren Ærø", "soren-aero"],
    ["!!!", ""],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it("caps the length at 80 by default without a trailing hyphen", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).not.toMatch(/-$/);
    expect(slug.startsWith("word-word")).toBe(true);
  });

  it.each([
    [10, "abcdefghij"],
    [5, "abcde"],
  ])("honours a custom cap of %i", (max, expected) => {
    expect(slugify("abcdefghijklmnop", max)).toBe(expected);
  });

  it("drops a hyphen left at the cut", () => {
    expect(slugify("abcd efgh", 5)).toBe("abcd");
  });
});

describe("formatDate and formatDateTime", () => {
  it.each([
    ["2026-03-05T10:00:00Z", "5 March 2026"],
    ["2025-12-31T23:59:59Z", "31 December 2025"],
    // Formatted in UTC so server and reader see the same day.
    ["2026-01-01T00:30:00+02:00", "31 December 2025"],
  ])("formatDate(%s) → %s", (iso, expected) => {
    expect(formatDate(new Date(iso))).toBe(expected);
  });

  it("formats date and time in UTC", () => {
    const text = formatDateTime(new Date("2026-03-05T09:07:00Z"));
    expect(text).toMatch(/5 Mar 2026/);
    expect(text).toMatch(/09:07/);
    expect(text.endsWith("UTC")).toBe(true);
  });
});

describe("cn", () => {
  it("joins truthy class names only", () => {
    expect(cn("a", false, null, undefined, "", "b")).toBe("a b");
  });
});
