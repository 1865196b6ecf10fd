import { describe, expect, it } from "vitest";
import { invalid } from "@/lib/action-state";
import {
  avatarUrlSchema,
  changePasswordSchema,
  changeRoleSchema,
  newStaffSchema,
  passwordSchema,
  profileSchema,
  resetPasswordSchema,
  roleSchema,
  setActiveSchema,
} from "./user";

describe("passwordSchema", () => {
  it.each([
    ["9 characters", "a".repeat(9), false],
    ["10 characters", "a".repeat(10), true],
    ["200 characters", "a".repeat(200), true],
    ["201 characters", "a".repeat(201), false],
  ])("%s → %s", (_name, password, ok) => {
    expect(passwordSchema.safeParse(password).success).toBe(ok);
  });
});

describe("roleSchema", () => {
  it.each(["admin", "editor", "author", "moderator"])("accepts %s", (role) => {
    expect(roleSchema.parse(role)).toBe(role);
  });
  it.each(["owner", "Admin", "", "superuser"])("rejects %j", (role) => {
    expect(roleSchema.safeParse(role).success).toBe(false);
  });
});

describe("newStaffSchema", () => {
  const valid = {
    email: "New.Person@Gazette.test",
    name: " New Person ",
    role: "author",
    password: "long-enough-pw",
  };

  it("normalises email and name and defaults the bio", () => {
    expect(newStaffSchema.parse(valid)).toEqual({
      email: "new.person@gazette.test",
      name: "New Person",
      role: "author",
      password: "long-enough-pw",
      bio: "",
    });
  });

  it.each([
    ["unknown role", { role: "owner" }, "role"],
    ["short password", { password: "short" }, "password"],
    ["bad email", { email: "nobody" }, "email"],
    ["empty name", { name: "  " }, "name"],
    ["name over 100 characters", { name: "n".repeat(101) }, "name"],
    ["bio over 1,000 characters", { bio: "b".repeat(1001) }, "bio"],
  ])("rejects %s", (_name, overrides, field) => {
    const result = newStaffSchema.safeParse({ ...valid, ...overrides });
    expect(result.success).toBe(false);
    if (!result.success) expect(invalid(result.error).fieldErrors).toHaveProperty(field);
  });
});

describe("changeRoleSchema and setActiveSchema", () => {
  it("coerces the id and checks the role", () => {
    expect(changeRoleSchema.parse({ id: "4", role: "editor" })).toEqual({ id: 4, role: "editor" });
    expect(changeRoleSchema.safeParse({ id: "4", role: "root" }).success).toBe(false);
    expect(changeRoleSchema.safeParse({ id: "x", role: "editor" }).success).toBe(false);
  });
  it("reads the active flag from the button value", () => {
    expect(setActiveSchema.parse({ id: "2", active: "false" })).toEqual({ id: 2, active: false });
    expect(setActiveSchema.parse({ id: "2", active: "true" })).toEqual({ id: 2, active: true });
    expect(setActiveSchema.safeParse({ id: "2", active: "yes" }).success).toBe(false);
  });
});

describe("avatarUrlSchema", () => {
  it.each([
    ["https URL", "https://images.example.org/ada.jpg", "https://images.example.org/ada.jpg"],
    ["http URL", "http://example.org/a.png", "http://example.org/a.png"],
    ["site path", "/avatars/ada.svg", "/avatars/ada.svg"],
    ["surrounding spaces", "  /media/ada.jpg ", "/media/ada.jpg"],
    ["empty: no portrait", "", null],
  ])("accepts %s", (_name, input, expected) => {
    expect(avatarUrlSchema.parse(input)).toBe(expected);
  });

  it.each([
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:image/svg+xml;base64,PHN2Zz4="],
    ["protocol-relative", "//evil.example/a.png"],
    ["backslash trick", "/\\evil.example/a.png"],
    ["relative path", "avatars/a.png"],
    ["ftp", "ftp://example.org/a.png"],
    ["credentials in the URL", "https://user:pw@example.org/a.png"],
    ["a space inside", "https://example.org/a b.png"],
    ["a newline inside", "/avatars/a\n.png"],
    ["over 2,000 characters", `https://example.org/${"a".repeat(2000)}`],
  ])("rejects %s", (_name, input) => {
    expect(avatarUrlSchema.safeParse(input).success).toBe(false);
  });
});

describe("profileSchema", () => {
  it("trims, and turns an empty portrait into none", () => {
    expect(profileSchema.parse({ name: " Ada ", bio: " Writes. ", avatarUrl: "" })).toEqual({
      name: "Ada",
      bio: "Writes.",
      avatarUrl: null,
    });
  });
  it("ignores fields staff may not set on themselves", () => {
    expect(profileSchema.parse({ name: "Ada", role: "admin", email: "x@example.org", id: "1" })).toEqual({
      name: "Ada",
      bio: "",
      avatarUrl: null,
    });
  });
  it.each([
    ["empty name", { name: "" }, "name"],
    ["long bio", { name: "Ada", bio: "b".repeat(1001) }, "bio"],
    ["bad portrait", { name: "Ada", avatarUrl: "javascript:alert(1)" }, "avatarUrl"],
  ])("rejects %s", (_name, input, field) => {
    const result = profileSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(invalid(result.error).fieldErrors).toHaveProperty(field);
  });
});

describe("changePasswordSchema", () => {
  const valid = {
    currentPassword: "old-password",
    newPassword: "new-password-1",
    confirmPassword: "new-password-1",
  };
  it("accepts a matching new password", () => {
    expect(changePasswordSchema.parse(valid)).toEqual(valid);
  });
  it.each([
    ["no current password", { currentPassword: "" }, "currentPassword", "Enter your current password."],
    [
      "a short new password",
      { newPassword: "short", confirmPassword: "short" },
      "newPassword",
      "Use at least 10",
    ],
    ["a mismatched repeat", { confirmPassword: "new-password-2" }, "confirmPassword", "do not match"],
    [
      "the same password again",
      { currentPassword: "new-password-1" },
      "newPassword",
      "different from the current one",
    ],
  ])("rejects %s", (_name, overrides, field, message) => {
    const result = changePasswordSchema.safeParse({ ...valid, ...overrides });
    expect(result.success).toBe(false);
    if (!result.success) expect(invalid(result.error).fieldErrors?.[field]?.join(" ")).toContain(message);
  });
});

describe("resetPasswordSchema", () => {
  it("needs a valid password only when setting one", () => {
    expect(resetPasswordSchema.parse({ id: "3", mode: "set", password: "long-enough-pw" })).toEqual({
      id: 3,
      mode: "set",
      password: "long-enough-pw",
    });
    expect(resetPasswordSchema.parse({ id: "3", mode: "generate", password: "" })).toEqual({
      id: 3,
      mode: "generate",
    });
    expect(resetPasswordSchema.safeParse({ id: "3", mode: "set", password: "short" }).success).toBe(false);
  });
  it.each([
    ["a missing mode", { id: "3" }],
    ["an unknown mode", { id: "3", mode: "email" }],
    ["a junk id", { id: "abc", mode: "generate" }],
    ["a negative id", { id: "-1", mode: "generate" }],
  ])("rejects %s", (_name, input) => {
    expect(resetPasswordSchema.safeParse(input).success).toBe(false);
  });
});
