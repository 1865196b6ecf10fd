import { createHash } from "node:crypto";
import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import { verifyPassword } from "../lib/auth/password";
import type { DB } from "./client";
import { users } from "./schema";
import { staffColumns, type StaffUser } from "./staff-accounts";

// Signing in and staying signed in, on an explicit DB handle so tests run it against a real
// SQLite file. The per-address rate limit in auth.ts slows one guesser; the lockout here stops
// many addresses guessing one account's password.

/**
 * A short fingerprint of the password hash that a session carries from sign-in. Every new
 * password gets a new salt, so a password change or reset ends every session signed in with
 * the old one, without a column of its own. One-way twice over: it says nothing about the password.
 */
export function credentialStamp(passwordHash: string): string {
  return createHash("sha256").update(passwordHash).digest("base64url").slice(0, 22);
}

/** The account behind a session, if it is still active and its password has not changed since. */
export function getSessionUser(db: DB, id: number, stamp: string): StaffUser | undefined {
  const row = db
    .select({ ...staffColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, id))
    .get();
  if (!row || !row.active || credentialStamp(row.passwordHash) !== stamp) return undefined;
  const { passwordHash: _hash, ...user } = row;
  return user;
}

/** Five wrong passwords in a row lock the account for fifteen minutes; a success resets the count. */
export const LOCKOUT = { maxFailures: 5, minutes: 15 } as const;

/** A staff member who may be signed in, with the stamp their session will carry. */
export type SignedInUser = StaffUser & { stamp: string };

export type LoginCheck =
  | { ok: true; user: SignedInUser }
  /** Unknown email, wrong password or deactivated account: deliberately one answer. */
  | { ok: false; reason: "invalid" }
  /** `lockedNow` is true only for the attempt that set the lock. */
  | { ok: false; reason: "locked"; userId: number; retryAfterMinutes: number; lockedNow: boolean };

/**
 * Checks a sign-in, counting consecutive failures per account. The attempt is counted *before*
 * the slow password check, in one UPDATE that also refuses a locked account, so a burst of
 * parallel guesses gets at most `maxFailures` password checks, not one per request.
 */
export async function checkLogin(
  db: DB,
  input: { email: string; password: string },
  now = new Date(),
): Promise<LoginCheck> {
  const row = db
    .select({ ...staffColumns, passwordHash: users.passwordHash, lockedUntil: users.lockedUntil })
    .from(users)
    .where(eq(users.email, input.email.toLowerCase()))
    .get();
  if (!row) {
    // Same cost as a wrong password, so response times do not tell which emails exist.
    await verifyPassword(null, input.password);
    return { ok: false, reason: "invalid" };
  }

  const attempt = reserveAttempt(db, row.id, now);
  if (attempt === undefined) return locked(db, row.id, now, false);
  if (attempt > LOCKOUT.maxFailures) return locked(db, row.id, now, lockAccount(db, row.id, now));

  const valid = await verifyPassword(row.passwordHash, input.password);
  if (valid) {
    clearFailures(db, row.id);
    const { passwordHash, lockedUntil: _lockedUntil, ...user } = row;
    return user.active
      ? { ok: true, user: { ...user, stamp: credentialStamp(passwordHash) } }
      : { ok: false, reason: "invalid" };
  }
  if (attempt === LOCKOUT.maxFailures) return locked(db, row.id, now, lockAccount(db, row.id, now));
  return { ok: false, reason: "invalid" };
}

/**
 * Counts one attempt and returns the consecutive count including it, or undefined while the
 * account is locked. An expired lock starts a fresh count.
 */
function reserveAttempt(db: DB, id: number, now: Date): number | undefined {
  return db
    .update(users)
    .set({
      failedLogins: sql`case when ${users.lockedUntil} is not null then 1 else ${users.failedLogins} + 1 end`,
      lockedUntil: null,
    })
    .where(and(eq(users.id, id), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
    .returning({ attempts: users.failedLogins })
    .get()?.attempts;
}

/** Sets the lock unless one is already running; true when this call set it. */
function lockAccount(db: DB, id: number, now: Date): boolean {
  const until = new Date(now.getTime() + LOCKOUT.minutes * 60_000);
  return (
    db
      .update(users)
      .set({ lockedUntil: until })
      .where(and(eq(users.id, id), isNull(users.lockedUntil)))
      .run().changes > 0
  );
}

function clearFailures(db: DB, id: number): void {
  db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, id)).run();
}

function locked(db: DB, id: number, now: Date, lockedNow: boolean): LoginCheck {
  const until = db.select({ until: users.lockedUntil }).from(users).where(eq(users.id, id)).get()?.until;
  const ms = (until?.getTime() ?? now.getTime()) - now.getTime();
  return {
    ok: false,
    reason: "locked",
    userId: id,
    retryAfterMinutes: Math.max(1, Math.ceil(ms / 60_000)),
    lockedNow,
  };
}
