import { describe, expect, it } from "vitest";
import { invalid } from "@/lib/action-state";
import { articleInputSchema, authorIdsSchema, idSchema } from "./article";

function valid(overrides: Record<string, unknown> = {}) {
  return {
    headline: "Flood barrier approved",
    slug: "flood-barrier-approved",
    dek: "A short summary.",
    body: "## Heading\n\nText.",
    sectionId: "1",
    tags: "Flooding, City council",
    heroImageUrl: "",
    heroImageAlt: "",
    heroImageCaption: "",
    commentsOpen: "on",
    ...overrides,
  };
}

function errorsFor(input: Record<string, unknown>) {
  const result = articleInputSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? {} : invalid(result.error).fieldErrors;
}

describe("articleInputSchema", () => {
  it("accepts a complete article and normalises it", () => {
    const result = articleInputSchema.parse(valid({ headline: "  Padded  " }));
    expect(result).toMatchObject({
      headline: "Padded",
      slug: "flood-barrier-approved",
      sectionId: 1,
      tags: ["Flooding", "City council"],
      heroImageUrl: null,
      commentsOpen: true,
    });
  });

  it("allows an empty slug (generated from the headline later)", () => {
    expect(articleInputSchema.parse(valid({ slug: "" })).slug).toBe("");
  });

  it("takes a comment moderation mode, keeps the stored one when absent, and refuses others", () => {
    expect(articleInputSchema.parse(valid({ commentModeration: "post" })).commentModeration).toBe("post");
    expect(articleInputSchema.parse(valid()).commentModeration).toBeUndefined();
    expect(errorsFor(valid({ commentModeration: "closed" }))).toEqual({ commentModeration: ["Choose how comments are moderated."] });
  });

  it("treats a missing comments checkbox as closed", () => {
    expect(articleInputSchema.parse(valid({ commentsOpen: undefined })).commentsOpen).toBe(false);
    const { commentsOpen: _omitted, ...withoutCheckbox } = valid();
    expect(articleInputSchema.parse(withoutCheckbox).commentsOpen).toBe(false);
  });

  it.each([
    ["empty headline", { headline: "" }, "headline"],
    ["blank headline", { headline: "   " }, "headline"],
    ["headline over 200 characters", { headline: "h".repeat(201) }, "headline"],
    ["slug with capitals", { slug: "Flood-Barrier" }, "slug"],
    ["slug with spaces", { slug: "flood barrier" }, "slug"],
    ["slug with double hyphen", { slug: "flood--barrier" }, "slug"],
    ["slug with leading hyphen", { slug: "-flood" }, "slug"],
    ["slug with accents", { slug: "tomás" }, "slug"],
    ["slug over 100 characters", { slug: "a".repeat(101) }, "slug"],
    ["dek over 400 characters", { dek: "d".repeat(401) }, "dek"],
    ["body over 200,000 characters", { body: "b".repeat(200_001) }, "body"],
    ["missing section", { sectionId: "" }, "sectionId"],
    ["non-numeric section", { sectionId: "news" }, "sectionId"],
    ["negative section", { sectionId: "-3" }, "sectionId"],
    ["hero URL with javascript:", { heroImageUrl: "javascript:alert(1)", heroImageAlt: "x" }, "heroImageUrl"],
    [
      "hero URL protocol-less host",
      { heroImageUrl: "evil.example/x.png", heroImageAlt: "x" },
      "heroImageUrl",
    ],
    ["hero URL without alt text", { heroImageUrl: "/images/river.svg", heroImageAlt: "" }, "heroImageAlt"],
    ["alt text over 300 characters", { heroImageAlt: "a".repeat(301) }, "heroImageAlt"],
    ["caption over 400 characters", { heroImageCaption: "c".repeat(401) }, "heroImageCaption"],
    ["more than 12 tags", { tags: Array.from({ length: 13 }, (_, i) => `tag${i}`).join(",") }, "tags"],
    ["tag over 40 characters", { tags: "t".repeat(41) }, "tags"],
    ["tag of punctuation only", { tags: "News, !!!" }, "tags"],
  ])("rejects %s", (_name, overrides, field) => {
    expect(errorsFor(valid(overrides))).toHaveProperty(field);
  });

  it("accepts a hero image with alt text, as a path or an https URL", () => {
    for (const url of ["/images/river.svg", "https://cdn.example.org/a.jpg"]) {
      const result = articleInputSchema.parse(valid({ heroImageUrl: url, heroImageAlt: "A river" }));
      expect(result.heroImageUrl).toBe(url);
    }
  });

  it.each([
    ["trims and drops empty entries", " Flooding ,, City council , ", ["Flooding", "City council"]],
    ["removes duplicates", "Arts, Arts, Budget", ["Arts", "Budget"]],
    ["allows no tags", "", []],
    [
      "allows exactly 12 tags",
      Array.from({ length: 12 }, (_, i) => `t${i}`).join(","),
      Array.from({ length: 12 }, (_, i) => `t${i}`),
    ],
  ])("tag parsing %s", (_name, tags, expected) => {
    expect(articleInputSchema.parse(valid({ tags })).tags).toEqual(expected);
  });
});

describe("idSchema", () => {
  it.each([
    ["1", 1],
    ["42", 42],
    [7, 7],
  ])("accepts %s", (input, expected) => {
    expect(idSchema.parse(input)).toBe(expected);
  });
  it.each(["0", "-1", "1.5", "abc", ""])("rejects %j", (input) => {
    expect(idSchema.safeParse(input).success).toBe(false);
  });
});

describe("authorIdsSchema", () => {
  it("keeps order and removes duplicates", () => {
    expect(authorIdsSchema.parse(["3", "1", "3"])).toEqual([3, 1]);
  });
  it("requires at least one author", () => {
    expect(authorIdsSchema.safeParse([]).success).toBe(false);
  });
});

describe("articleInputSchema: library hero", () => {
  it("reads the chosen image's id, and none when empty or absent", () => {
    expect(articleInputSchema.parse(valid({ heroMediaId: "12" })).heroMediaId).toBe(12);
    expect(articleInputSchema.parse(valid({ heroMediaId: "" })).heroMediaId).toBeNull();
    expect(articleInputSchema.parse(valid()).heroMediaId).toBeNull();
  });
  it("lets a library image bring its own alt text", () => {
    const parsed = articleInputSchema.parse(valid({ heroMediaId: "3", heroImageUrl: "/media/0123456789abcdef0123-960.webp" }));
    expect(parsed).toMatchObject({ heroMediaId: 3, heroImageAlt: "" });
  });
  it.each(["0", "-4", "1.5", "abc", "1; drop table media"])("refuses the id %j", (heroMediaId) => {
    expect(errorsFor(valid({ heroMediaId }))).toHaveProperty("heroMediaId");
  });
});
