import { describe, expect, it } from "vitest";
import { emailShareHref, shareTargets } from "./share-links";

const URL_ = "https://news.example/articles/a-b?x=1&y=2";
const TITLE = "Council & mayor: “50% cut” #budget";

describe("shareTargets", () => {
  it("gives every network an https link carrying the encoded address", () => {
    const targets = shareTargets(URL_, TITLE);
    expect(targets.map((t) => t.name)).toEqual(["X", "Facebook", "LinkedIn", "WhatsApp", "Bluesky", "Reddit"]);
    for (const target of targets) {
      const parsed = new URL(target.href);
      expect(parsed.protocol).toBe("https:");
      // The article's own query must not leak into the share URL's parameters.
      expect(target.href).not.toContain("&y=2");
      const values = [...parsed.searchParams.values()].join(" ");
      expect(values).toContain(URL_);
    }
  });

  it("round-trips the headline through the query", () => {
    const x = new URL(shareTargets(URL_, TITLE)[0]!.href);
    expect(x.searchParams.get("text")).toBe(TITLE);
  });
});

describe("emailShareHref", () => {
  it("encodes spaces as %20 and keeps the address", () => {
    const href = emailShareHref(URL_, "Two words");
    expect(href.startsWith("mailto:?subject=Two%20words&body=")).toBe(true);
    expect(decodeURIComponent(href.split("body=")[1]!)).toBe(`Two words\n\n${URL_}`);
  });
});
