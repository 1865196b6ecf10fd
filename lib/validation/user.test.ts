import { describe, expect, it } from "vitest";
import { invalid } from "@/lib/action-state";
import { changeRoleSchema, newStaffSchema, passwordSchema, roleSchema, setActiveSchema } from "./user";

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
