import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/db/schema";
import { can, canEditArticle, canManageMedia, PERMISSIONS, type Permission } from "./permissions";

// The expected table written out by hand, so a change to PERMISSIONS must be made twice.
const EXPECTED: Record<Permission, Record<Role, boolean>> = {
  "admin.access": { admin: true, editor: true, author: true, moderator: true },
  "articles.write": { admin: true, editor: true, author: true, moderator: false },
  "articles.editAny": { admin: true, editor: true, author: false, moderator: false },
  "articles.publish": { admin: true, editor: true, author: false, moderator: false },
  "comments.moderate": { admin: true, editor: true, author: false, moderator: true },
  "comments.configure": { admin: true, editor: true, author: false, moderator: false },
  "users.manage": { admin: true, editor: false, author: false, moderator: false },
  "media.upload": { admin: true, editor: true, author: true, moderator: false },
  "media.manage": { admin: true, editor: true, author: false, moderator: false },
  "audit.view": { admin: true, editor: false, author: false, moderator: false },
};

describe("permission table", () => {
  it("lists exactly the permissions the expected table covers", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const cases = (Object.keys(EXPECTED) as Permission[]).flatMap((permission) =>
    ROLES.map((role) => ({ role, permission, allowed: EXPECTED[permission][role] })),
  );
  it.each(cases)("$role → $permission is $allowed", ({ role, permission, allowed }) => {
    expect(can(role, permission)).toBe(allowed);
  });

  it.each([null, undefined])("denies everything without a role (%s)", (role) => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      expect(can(role, permission)).toBe(false);
    }
  });
});

describe("canEditArticle", () => {
  const author = { id: 10, role: "author" as const };
  const cases: Array<{
    name: string;
    user: { id: number; role: Role };
    article: { createdById: number; authorIds: number[]; status: string };
    expected: boolean;
  }> = [
    {
      name: "author, own draft (creator)",
      user: author,
      article: { createdById: 10, authorIds: [10], status: "draft" },
      expected: true,
    },
    {
      name: "author, own draft (on byline only)",
      user: author,
      article: { createdById: 99, authorIds: [99, 10], status: "draft" },
      expected: true,
    },
    {
      name: "author, own published article",
      user: author,
      article: { createdById: 10, authorIds: [10], status: "published" },
      expected: false,
    },
    {
      name: "author, someone else's draft",
      user: author,
      article: { createdById: 11, authorIds: [11], status: "draft" },
      expected: false,
    },
    {
      name: "editor, anyone's draft",
      user: { id: 2, role: "editor" },
      article: { createdById: 11, authorIds: [11], status: "draft" },
      expected: true,
    },
    {
      name: "editor, anyone's published article",
      user: { id: 2, role: "editor" },
      article: { createdById: 11, authorIds: [11], status: "published" },
      expected: true,
    },
    {
      name: "admin, anyone's published article",
      user: { id: 1, role: "admin" },
      article: { createdById: 11, authorIds: [11], status: "published" },
      expected: true,
    },
    {
      name: "moderator, anyone's draft",
      user: { id: 4, role: "moderator" },
      article: { createdById: 11, authorIds: [11], status: "draft" },
      expected: false,
    },
    {
      name: "moderator, even on the byline",
      user: { id: 4, role: "moderator" },
      article: { createdById: 4, authorIds: [4], status: "draft" },
      expected: false,
    },
  ];
  it.each(cases)("$name → $expected", ({ user, article, expected }) => {
    expect(canEditArticle(user, article)).toBe(expected);
  });
});

describe("canManageMedia", () => {
  it.each([
    { role: "author" as const, uploadedById: 10, expected: true },
    { role: "author" as const, uploadedById: 11, expected: false },
    { role: "author" as const, uploadedById: null, expected: false },
    { role: "editor" as const, uploadedById: 11, expected: true },
    { role: "admin" as const, uploadedById: null, expected: true },
    { role: "moderator" as const, uploadedById: 10, expected: false },
  ])("$role, image uploaded by $uploadedById → $expected", ({ role, uploadedById, expected }) => {
    expect(canManageMedia({ id: 10, role }, { uploadedById })).toBe(expected);
  });
});
