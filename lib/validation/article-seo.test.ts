import { describe, expect, it } from "vitest";
import { articleInputSchema, SEO_DESCRIPTION_MAX, SEO_TITLE_MAX, versionSchema } from "./article";

const valid = { headline: "Ferry", slug: "", dek: "", body: "", sectionId: "1", tags: "", heroImageUrl: "", heroImageAlt: "", heroImageCaption: "" };

describe("SEO fields", () => {
  it("are optional and trimmed", () => {
    const parsed = articleInputSchema.parse(valid);
    expect(parsed).toMatchObject({ seoTitle: "", seoDescription: "" });
    expect(articleInputSchema.parse({ ...valid, seoTitle: "  Ferry back  ", seoDescription: " Daily. " })).toMatchObject({
      seoTitle: "Ferry back",
      seoDescription: "Daily.",
    });
  });

  it.each([
    ["seoTitle", SEO_TITLE_MAX, "Keep the SEO title under"],
    ["seoDescription", SEO_DESCRIPTION_MAX, "Keep the SEO description under"],
  ] as const)("refuse an over-long %s with a clear message", (field, max, message) => {
    const result = articleInputSchema.safeParse({ ...valid, [field]: "x".repeat(max + 1) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [field], message: expect.stringContaining(message) });
    expect(articleInputSchema.safeParse({ ...valid, [field]: "x".repeat(max) }).success).toBe(true);
  });
});

describe("versionSchema", () => {
  it.each([
    ["3", true],
    ["0", false],
    ["", false],
    ["1.5", false],
    [null, false],
  ])("%j is %s", (value, ok) => {
    expect(versionSchema.safeParse(value).success).toBe(ok);
  });
});
