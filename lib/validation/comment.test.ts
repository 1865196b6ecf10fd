import { describe, expect, it } from "vitest";
import { invalid } from "@/lib/action-state";
import { commentInputSchema } from "./comment";

function valid(overrides: Record<string, unknown> = {}) {
  return {
    articleId: "5",
    parentId: "",
    name: "Ada Reader",
    email: "Ada@Example.com",
    body: "A fair point.",
    ...overrides,
  };
}

describe("commentInputSchema", () => {
  it("accepts a comment and normalises it", () => {
    expect(commentInputSchema.parse(valid({ name: "  Ada Reader ", body: "  A fair point.  " }))).toEqual({
      articleId: 5,
      parentId: null,
      name: "Ada Reader",
      email: "ada@example.com",
      body: "A fair point.",
      website: "",
    });
  });

  it.each([
    ["empty string", "", null],
    ["missing", undefined, null],
    ["a number string", "12", 12],
  ])("parentId %s", (_name, parentId, expected) => {
    expect(commentInputSchema.parse(valid({ parentId })).parentId).toBe(expected);
  });

  it("passes the honeypot through so the action can drop bot posts quietly", () => {
    expect(commentInputSchema.parse(valid({ website: "http://spam.example" })).website).toBe(
      "http://spam.example",
    );
  });

  it.each([
    ["empty name", { name: "" }, "name"],
    ["blank name", { name: "   " }, "name"],
    ["name over 80 characters", { name: "n".repeat(81) }, "name"],
    ["empty body", { body: "" }, "body"],
    ["one-character body", { body: "k" }, "body"],
    ["body over 5,000 characters", { body: "b".repeat(5001) }, "body"],
    ["email without @", { email: "ada.example.com" }, "email"],
    ["email without domain", { email: "ada@" }, "email"],
    ["empty email", { email: "" }, "email"],
    ["missing article", { articleId: "" }, "articleId"],
    ["zero parent id", { parentId: "0" }, "parentId"],
    ["non-numeric parent id", { parentId: "abc" }, "parentId"],
    ["over-long honeypot", { website: "w".repeat(501) }, "website"],
  ])("rejects %s", (_name, overrides, field) => {
    const result = commentInputSchema.safeParse(valid(overrides));
    expect(result.success).toBe(false);
    if (!result.success) expect(invalid(result.error).fieldErrors).toHaveProperty(field);
  });

  it("accepts a body of exactly 5,000 characters", () => {
    expect(commentInputSchema.safeParse(valid({ body: "b".repeat(5000) })).success).toBe(true);
  });
});
