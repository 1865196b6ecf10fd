import { describe, expect, it } from "vitest";
import { CORRECTION_MAX_LENGTH, correctionInputSchema } from "./corrections";

describe("correctionInputSchema", () => {
  it("accepts the three kinds with trimmed text", () => {
    for (const kind of ["correction", "clarification", "update"]) {
      expect(correctionInputSchema.parse({ kind, body: "  Text  " })).toEqual({ kind, body: "Text" });
    }
  });

  it.each([
    ["an unknown kind", { kind: "retraction", body: "x" }, "kind"],
    ["empty text", { kind: "update", body: "   " }, "body"],
    ["missing text", { kind: "update" }, "body"],
    ["text over the limit", { kind: "update", body: "x".repeat(CORRECTION_MAX_LENGTH + 1) }, "body"],
  ])("refuses %s", (_name, input, field) => {
    const result = correctionInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });
});
