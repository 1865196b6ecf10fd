import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { users } from "./schema";
import { addStaffAccount, changeStaffActive, changeStaffPassword, type StaffUser } from "./staff-accounts";
import { checkLogin, credentialStamp, getSessionUser, LOCKOUT } from "./staff-sign-in";

const db = openDatabase(process.env.DATABASE_PATH!);
afterAll(() => db.$client.close());

const PASSWORD = "the-right-password";
const MINUTE = 60_000;
let n = 0;

async function account(): Promise<StaffUser> {
  const result = await addStaffAccount(db, {
    email: `lock-${Date.now().toString(36)}-${n++}@example.test`,
    name: `Lock Test ${n}`,
    role: "author",
    password: PASSWORD,
  });
  if (!result.ok) throw new Error(result.message);
  return result.user;
}

function lockState(id: number) {
  return db
    .select({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil })
    .from(users)
    .where(eq(users.id, id))
    .get();
}

function hashOf(id: number): string {
  return db.select({ h: users.passwordHash }).from(users).where(eq(users.id, id)).get()!.h;
}

/** `count` wrong passwords in a row at `now`; returns the last answer. */
async function fail(email: string, count: number, now: Date) {
  let last;
  for (let i = 0; i < count; i++) last = await checkLogin(db, { email, password: `wrong-${i}` }, now);
  return last;
}

describe("checkLogin", () => {
  it("signs in with the right password, whatever the email's case, and carries the session stamp", async () => {
    const user = await account();
    const result = await checkLogin(db, { email: user.email.toUpperCase(), password: PASSWORD });
    expect(result).toEqual({ ok: true, user: { ...user, stamp: credentialStamp(hashOf(user.id)) } });
    expect(result.ok && "passwordHash" in result.user).toBe(false);
  });

  it("gives one answer for an unknown email, a wrong password and a deactivated account", async () => {
    const wrong = await account();
    const inactive = await account();
    changeStaffActive(db, { id: inactive.id, active: false, actorId: null });
    const answers = [
      await checkLogin(db, { email: "nobody-here@example.test", password: PASSWORD }),
      await checkLogin(db, { email: wrong.email, password: "not-it-at-all" }),
      await checkLogin(db, { email: inactive.email, password: PASSWORD }),
    ];
    expect(answers).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
  });

  it(`locks the account on the ${LOCKOUT.maxFailures}th consecutive failure, for ${LOCKOUT.minutes} minutes`, async () => {
    const user = await account();
    const now = new Date("2030-01-01T12:00:00Z");
    expect(await fail(user.email, LOCKOUT.maxFailures - 1, now)).toEqual({ ok: false, reason: "invalid" });
    expect(lockState(user.id)).toEqual({ failedLogins: LOCKOUT.maxFailures - 1, lockedUntil: null });

    expect(await fail(user.email, 1, now)).toEqual({
      ok: false,
      reason: "locked",
      userId: user.id,
      retryAfterMinutes: LOCKOUT.minutes,
      lockedNow: true,
    });
    expect(lockState(user.id)?.lockedUntil).toEqual(new Date(now.getTime() + LOCKOUT.minutes * MINUTE));
  });

  it("refuses even the right password while locked, counting down the minutes, and lets it in after", async () => {
    const user = await account();
    const start = new Date("2030-02-01T08:00:00Z");
    await fail(user.email, LOCKOUT.maxFailures, start);

    const later = new Date(start.getTime() + 5 * MINUTE + 1000);
    expect(await checkLogin(db, { email: user.email, password: PASSWORD }, later)).toEqual({
      ok: false,
      reason: "locked",
      userId: user.id,
      retryAfterMinutes: 10,
      lockedNow: false,
    });
    // Guesses while locked neither extend the lock nor get checked.
    await fail(user.email, 3, later);
    expect(lockState(user.id)?.lockedUntil).toEqual(new Date(start.getTime() + LOCKOUT.minutes * MINUTE));

    const after = new Date(start.getTime() + LOCKOUT.minutes * MINUTE);
    expect(await checkLogin(db, { email: user.email, password: PASSWORD }, after)).toMatchObject({
      ok: true,
    });
    expect(lockState(user.id)).toEqual({ failedLogins: 0, lockedUntil: null });
  });

  it("starts a fresh count once a lock has expired", async () => {
    const user = await account();
    const start = new Date("2030-03-01T08:00:00Z");
    await fail(user.email, LOCKOUT.maxFailures, start);
    const after = new Date(start.getTime() + (LOCKOUT.minutes + 1) * MINUTE);
    expect(await fail(user.email, 1, after)).toEqual({ ok: false, reason: "invalid" });
    expect(lockState(user.id)).toEqual({ failedLogins: 1, lockedUntil: null });
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const user = await account();
    const now = new Date("2030-04-01T08:00:00Z");
    await fail(user.email, LOCKOUT.maxFailures - 1, now);
    expect(await checkLogin(db, { email: user.email, password: PASSWORD }, now)).toMatchObject({ ok: true });
    expect(await fail(user.email, LOCKOUT.maxFailures - 1, now)).toEqual({ ok: false, reason: "invalid" });
    expect(lockState(user.id)?.lockedUntil).toBeNull();
  });

  it("checks at most the allowed number of passwords in a parallel burst", async () => {
    const user = await account();
    const now = new Date("2030-05-01T08:00:00Z");
    const burst = await Promise.all(
      Array.from({ length: LOCKOUT.maxFailures + 3 }, (_, i) =>
        // The right password last: it arrives after the budget is spent, so it is refused too.
        checkLogin(
          db,
          { email: user.email, password: i === LOCKOUT.maxFailures + 2 ? PASSWORD : `w${i}` },
          now,
        ),
      ),
    );
    const locked = burst.filter((r) => !r.ok && r.reason === "locked");
    expect(burst.filter((r) => r.ok)).toHaveLength(0);
    expect(locked.length).toBeGreaterThanOrEqual(3);
    expect(locked.filter((r) => !r.ok && r.reason === "locked" && r.lockedNow)).toHaveLength(1);
    expect(lockState(user.id)?.lockedUntil).not.toBeNull();
  });

  it("is unlocked by a new password, which an admin reset or the CLI sets", async () => {
    const user = await account();
    const now = new Date();
    await fail(user.email, LOCKOUT.maxFailures, now);
    await changeStaffPassword(db, { id: user.id, password: "a-brand-new-password" });
    expect(lockState(user.id)).toEqual({ failedLogins: 0, lockedUntil: null });
    expect(await checkLogin(db, { email: user.email, password: "a-brand-new-password" })).toMatchObject({
      ok: true,
    });
  });
});

describe("getSessionUser", () => {
  it("accepts the stamp from sign-in until the password changes or the account is deactivated", async () => {
    const user = await account();
    const signedIn = await checkLogin(db, { email: user.email, password: PASSWORD });
    if (!signedIn.ok) throw new Error("expected a sign-in");
    expect(getSessionUser(db, user.id, signedIn.user.stamp)).toEqual(user);
    expect(getSessionUser(db, user.id, "forged-stamp")).toBeUndefined();
    expect(getSessionUser(db, 999_999, signedIn.user.stamp)).toBeUndefined();

    await changeStaffPassword(db, { id: user.id, password: "another-long-password" });
    expect(getSessionUser(db, user.id, signedIn.user.stamp)).toBeUndefined();

    const again = await checkLogin(db, { email: user.email, password: "another-long-password" });
    if (!again.ok) throw new Error("expected a sign-in");
    expect(getSessionUser(db, user.id, again.user.stamp)).toEqual(user);
    changeStaffActive(db, { id: user.id, active: false, actorId: null });
    expect(getSessionUser(db, user.id, again.user.stamp)).toBeUndefined();
  });
});
