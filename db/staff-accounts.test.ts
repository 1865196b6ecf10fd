import { verify } from "@node-rs/argon2";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import {
  addStaffAccount,
  changeStaffActive,
  changeStaffPassword,
  changeStaffRole,
  findLoginByEmail,
  listStaffAccounts,
  listStaffUsers,
  resetStaffPassword,
  updateStaffProfile,
  type StaffUser,
} from "./staff-accounts";

const db = openDatabase(process.env.DATABASE_PATH!);
afterAll(() => db.$client.close());

let n = 0;
function unique() {
  return `${Date.now().toString(36)}${n++}`;
}

async function add(role: StaffUser["role"], name = `Person ${unique()}`): Promise<StaffUser> {
  const result = await addStaffAccount(db, {
    email: `${unique()}@example.test`,
    name,
    role,
    password: "a-long-password",
  });
  if (!result.ok) throw new Error(result.message);
  return result.user;
}

describe("addStaffAccount", () => {
  it("stores the account active, lower-cases the email and hashes the password", async () => {
    const s = unique();
    const result = await addStaffAccount(db, {
      email: `Ada.${s}@Example.TEST`,
      name: `Ada ${s}`,
      role: "author",
      password: "correct horse battery",
      bio: "Covers science.",
    });
    expect(result).toMatchObject({
      ok: true,
      user: { email: `ada.${s}@example.test`, role: "author", active: true },
    });
    const login = findLoginByEmail(db, `ada.${s}@example.test`);
    expect(login?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(login!.passwordHash, "correct horse battery")).toBe(true);
    expect(login?.bio).toBe("Covers science.");
  });

  it("refuses a second account with the same email, whatever its case", async () => {
    const user = await add("editor");
    const before = listStaffUsers(db).length;
    const result = await addStaffAccount(db, {
      email: user.email.toUpperCase(),
      name: "Someone Else",
      role: "author",
      password: "a-long-password",
    });
    expect(result).toEqual({
      ok: false,
      code: "duplicate-email",
      message: "An account with this email already exists.",
    });
    expect(listStaffUsers(db)).toHaveLength(before);
  });

  it("makes the author-page slug unique by appending -2, -3", async () => {
    const name = `Sam Lee ${unique()}`;
    const slugs = [
      (await add("author", name)).slug,
      (await add("author", name)).slug,
      (await add("author", name)).slug,
    ];
    const base = name.toLowerCase().replace(/ /g, "-");
    expect(slugs).toEqual([base, `${base}-2`, `${base}-3`]);
  });
});

describe("changeStaffRole", () => {
  it("changes another person's role", async () => {
    const admin = await add("admin");
    const author = await add("author");
    expect(changeStaffRole(db, { id: author.id, role: "moderator", actorId: admin.id })).toMatchObject({
      ok: true,
      user: { id: author.id, role: "moderator" },
    });
  });

  it("refuses an admin demoting themselves, even with other admins around", async () => {
    const admin = await add("admin");
    await add("admin");
    expect(changeStaffRole(db, { id: admin.id, role: "editor", actorId: admin.id })).toMatchObject({
      ok: false,
      code: "self",
    });
  });

  it("reports an unknown id", () => {
    expect(changeStaffRole(db, { id: 999_999, role: "editor", actorId: null })).toMatchObject({
      code: "not-found",
    });
  });
});

describe("changeStaffActive", () => {
  it("deactivates and reactivates", async () => {
    const admin = await add("admin");
    const editor = await add("editor");
    expect(changeStaffActive(db, { id: editor.id, active: false, actorId: admin.id })).toMatchObject({
      ok: true,
      user: { active: false },
    });
    expect(findLoginByEmail(db, editor.email)?.active).toBe(false);
    expect(changeStaffActive(db, { id: editor.id, active: true, actorId: admin.id })).toMatchObject({
      ok: true,
      user: { active: true },
    });
  });

  it("refuses an admin deactivating themselves", async () => {
    const admin = await add("admin");
    const result = changeStaffActive(db, { id: admin.id, active: false, actorId: admin.id });
    expect(result).toMatchObject({
      ok: false,
      code: "self",
      message: expect.stringContaining("your own account"),
    });
  });
});

describe("the last active admin", () => {
  it("can be neither demoted nor deactivated, until another admin exists", async () => {
    // Leave exactly one active admin in this file's database.
    const admins = listStaffUsers(db).filter((u) => u.role === "admin" && u.active);
    const [last, ...others] = admins.length ? admins : [await add("admin")];
    for (const other of others) changeStaffActive(db, { id: other.id, active: false, actorId: null });

    // Deactivated admins (the others, if any) do not count as replacements.
    expect(changeStaffRole(db, { id: last!.id, role: "editor", actorId: null })).toMatchObject({
      code: "last-admin",
    });
    expect(changeStaffActive(db, { id: last!.id, active: false, actorId: null })).toMatchObject({
      code: "last-admin",
    });

    const successor = await add("admin");
    expect(changeStaffRole(db, { id: last!.id, role: "editor", actorId: successor.id })).toMatchObject({
      ok: true,
    });
    expect(changeStaffActive(db, { id: successor.id, active: false, actorId: null })).toMatchObject({
      code: "last-admin",
    });
  });
});

describe("changeStaffPassword", () => {
  it("replaces the hash so only the new password verifies", async () => {
    const user = await add("author");
    expect(await changeStaffPassword(db, { id: user.id, password: "a-brand-new-password" })).toMatchObject({
      ok: true,
    });
    const hash = findLoginByEmail(db, user.email)!.passwordHash;
    expect(await verify(hash, "a-brand-new-password")).toBe(true);
    expect(await verify(hash, "a-long-password")).toBe(false);
  });
});

describe("change results carry the account as it was", () => {
  it("gives `previous` for a real change and leaves it out when nothing changed", async () => {
    const admin = await add("admin");
    const author = await add("author");
    const changed = changeStaffRole(db, { id: author.id, role: "editor", actorId: admin.id });
    expect(changed).toMatchObject({ ok: true, user: { role: "editor" }, previous: { role: "author" } });
    const same = changeStaffRole(db, { id: author.id, role: "editor", actorId: admin.id });
    expect(same.ok && same.previous).toBeUndefined();
    expect(changeStaffActive(db, { id: author.id, active: false, actorId: admin.id })).toMatchObject({
      previous: { active: true },
    });
  });
});

describe("resetStaffPassword", () => {
  it("sets another person's password", async () => {
    const admin = await add("admin");
    const author = await add("author");
    const result = await resetStaffPassword(db, {
      id: author.id,
      password: "reset-by-admin-1",
      actorId: admin.id,
    });
    expect(result).toMatchObject({ ok: true, user: { id: author.id } });
    expect(await verify(findLoginByEmail(db, author.email)!.passwordHash, "reset-by-admin-1")).toBe(true);
  });

  it("refuses an admin's own account, which needs the current password", async () => {
    const admin = await add("admin");
    const before = findLoginByEmail(db, admin.email)!.passwordHash;
    expect(
      await resetStaffPassword(db, { id: admin.id, password: "x".repeat(12), actorId: admin.id }),
    ).toMatchObject({
      ok: false,
      code: "self",
      message: expect.stringContaining("your profile"),
    });
    expect(findLoginByEmail(db, admin.email)!.passwordHash).toBe(before);
  });

  it("reports an unknown id", async () => {
    expect(await resetStaffPassword(db, { id: 999_999, password: "x".repeat(12), actorId: 1 })).toMatchObject(
      {
        code: "not-found",
      },
    );
  });
});

describe("updateStaffProfile", () => {
  it("changes name, bio and portrait but keeps the slug", async () => {
    const author = await add("author");
    const updated = updateStaffProfile(db, author.id, {
      name: "Renamed Writer",
      bio: "Now covers transport.",
      avatarUrl: "https://images.example.test/me.jpg",
    });
    expect(updated).toEqual({
      ...author,
      name: "Renamed Writer",
      bio: "Now covers transport.",
      avatarUrl: "https://images.example.test/me.jpg",
    });
  });
});

describe("listStaffAccounts", () => {
  it("includes the sign-in lock", async () => {
    const author = await add("author");
    expect(listStaffAccounts(db).find((u) => u.id === author.id)).toEqual({ ...author, lockedUntil: null });
  });
});
