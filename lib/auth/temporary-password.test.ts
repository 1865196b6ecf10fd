import { describe, expect, it } from "vitest";
import { passwordSchema } from "@/lib/validation/user";
import { generateTemporaryPassword } from "./temporary-password";

describe("generateTemporaryPassword", () => {
  it("makes four dash-separated groups of unambiguous characters that pass the password rule", () => {
    const password = generateTemporaryPassword();
    expect(password).toMatch(/^[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}$/);
    expect(passwordSchema.safeParse(password).success).toBe(true);
  });

  it("never repeats itself in a thousand tries", () => {
    const seen = new Set(Array.from({ length: 1000 }, generateTemporaryPassword));
    expect(seen.size).toBe(1000);
  });
});
