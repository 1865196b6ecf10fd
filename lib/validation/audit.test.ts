import { describe, expect, it } from "vitest";
import { auditQuerySchema } from "./audit";

describe("auditQuerySchema", () => {
  it("defaults to the first page with no filters", () => {
    expect(auditQuerySchema.parse({})).toEqual({ page: 1 });
  });

  it("reads every filter", () => {
    expect(
      auditQuerySchema.parse({
        action: "user.role",
        actor: "4",
        from: "2025-01-01",
        to: "2025-01-31",
        page: "3",
      }),
    ).toEqual({ action: "user.role", actor: 4, from: "2025-01-01", to: "2025-01-31", page: 3 });
  });

  it.each([
    ["unknown action", { action: "user.delete-everything" }],
    ["empty action", { action: "" }],
    ["repeated action", { action: ["user.role", "user.create"] }],
    ["junk actor", { actor: "admin" }],
    ["empty actor", { actor: "" }],
    ["negative actor", { actor: "-2" }],
    ["impossible day", { from: "2025-02-30" }],
    ["wrong date format", { to: "31/01/2025" }],
    ["junk page", { page: "abc" }],
    ["page zero", { page: "0" }],
    ["huge page", { page: "1e9" }],
  ])("falls back to defaults for %s", (_name, input) => {
    expect(auditQuerySchema.parse(input)).toEqual({ page: 1 });
  });

  it("puts a reversed range right", () => {
    expect(auditQuerySchema.parse({ from: "2025-03-01", to: "2025-02-01" })).toMatchObject({
      from: "2025-02-01",
      to: "2025-03-01",
    });
  });
});
