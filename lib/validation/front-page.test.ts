import { describe, expect, it } from "vitest";
import { breakingInputSchema, isSafeLink, movePinSchema } from "./front-page";

describe("isSafeLink", () => {
  it.each([
    ["/articles/bridge", true],
    ["/", true],
    ["https://example.org/live", true],
    ["http://example.org", true],
    ["//evil.example", false],
    ["/\\evil.example", false],
    ["javascript:alert(1)", false],
    ["data:text/html,hi", false],
    ["ftp://example.org", false],
    ["example.org", false],
    ["/has space", false],
  ])("%s → %s", (link, safe) => {
    expect(isSafeLink(link)).toBe(safe);
  });
});

describe("breakingInputSchema", () => {
  it("needs a headline and a link to switch on", () => {
    const result = breakingInputSchema.safeParse({ active: "on", headline: " ", url: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(["headline", "url"]);
  });

  it("switches off with or without text, keeping it", () => {
    expect(breakingInputSchema.parse({ headline: "Old", url: "/x" })).toEqual({
      active: false,
      headline: "Old",
      url: "/x",
    });
    expect(breakingInputSchema.parse({ active: "", headline: "", url: "" }).active).toBe(false);
  });

  it("refuses an unsafe link even when off", () => {
    expect(breakingInputSchema.safeParse({ headline: "x", url: "javascript:alert(1)" }).success).toBe(false);
  });

  it("trims and switches on", () => {
    expect(
      breakingInputSchema.parse({ active: "on", headline: " Storm ", url: " https://x.org/a " }),
    ).toEqual({
      active: true,
      headline: "Storm",
      url: "https://x.org/a",
    });
  });
});

describe("movePinSchema", () => {
  it.each([
    [{ articleId: "3", direction: "up" }, true],
    [{ articleId: "3", direction: "sideways" }, false],
    [{ articleId: "-1", direction: "down" }, false],
    [{ articleId: "x", direction: "down" }, false],
  ])("%j → %s", (input, ok) => {
    expect(movePinSchema.safeParse(input).success).toBe(ok);
  });
});
