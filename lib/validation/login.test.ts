import { describe, expect, it } from "vitest";
import { invalid } from "@/lib/action-state";
import { loginSchema } from "./login";

describe("loginSchema", () => {
  it("lower-cases the email and keeps the password as typed", () => {
    expect(loginSchema.parse({ email: "Editor@Gazette.TEST", password: " Secret pass " })).toEqual({
      email: "editor@gazette.test",
      password: " Secret pass ",
    });
  });

  it.each([
    ["empty email", { email: "", password: "x" }, "email"],
    ["malformed email", { email: "editor", password: "x" }, "email"],
    ["email over 254 characters", { email: `${"a".repeat(250)}@x.io`, password: "x" }, "email"],
    ["empty password", { email: "a@b.io", password: "" }, "password"],
    ["password over 200 characters", { email: "a@b.io", password: "p".repeat(201) }, "password"],
    ["missing password", { email: "a@b.io" }, "password"],
  ])("rejects %s", (_name, input, field) => {
    const result = loginSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(invalid(result.error).fieldErrors).toHaveProperty(field);
  });
});
