import { asc, eq, sql } from "drizzle-orm";
import { hashPassword } from "../lib/auth/password";
import { slugify } from "../lib/utils";
import type { DB } from "./client";
import { users, type Role } from "./schema";

// Staff account logic on an explicit DB handle, free of `server-only`, so the operator CLI and
// tests share it with the app (db/queries/users.ts wraps these with the app's connection).

/** What the rest of the app may know about a staff member: never the password hash. */
export type StaffUser = {
  id: number;
  email: string;
  name: string;
  slug: string;
  role: Role;
  active: boolean;
  bio: string;
  avatarUrl: string | null;
};

export const staffColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  slug: users.slug,
  role: users.role,
  active: users.active,
  bio: users.bio,
  avatarUrl: users.avatarUrl,
};

/** The only reader of password hashes; used by the credentials provider alone. */
export function findLoginByEmail(db: DB, email: string) {
  return db
    .select({ ...staffColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.toLowerCase()))
    .get();
}

export function getStaffUserById(db: DB, id: number): StaffUser | undefined {
  return db.select(staffColumns).from(users).where(eq(users.id, id)).get();
}

export function getStaffUserByEmail(db: DB, email: string): StaffUser | undefined {
  return db.select(staffColumns).from(users).where(eq(users.email, email.toLowerCase())).get();
}

export function listStaffUsers(db: DB): StaffUser[] {
  return db.select(staffColumns).from(users).orderBy(asc(users.name)).all();
}

/** A row of the admin's staff table: the account plus its sign-in lock, if any. */
export type StaffAccountRow = StaffUser & { lockedUntil: Date | null };

export function listStaffAccounts(db: DB): StaffAccountRow[] {
  return db
    .select({ ...staffColumns, lockedUntil: users.lockedUntil })
    .from(users)
    .orderBy(asc(users.name))
    .all();
}

export function countStaffUsers(db: DB): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .get()?.n ?? 0
  );
}

export function isEmailTaken(db: DB, email: string): boolean {
  return Boolean(db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase())).get());
}

export function isUserSlugTaken(db: DB, slug: string): boolean {
  return Boolean(db.select({ id: users.id }).from(users).where(eq(users.slug, slug)).get());
}

/** Active admins other than `exceptId`: guards against locking everyone out. */
export function countOtherActiveAdmins(db: DB, exceptId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(sql`${users.role} = 'admin' and ${users.active} = 1 and ${users.id} <> ${exceptId}`)
      .get()?.n ?? 0
  );
}

export type NewStaffRow = {
  email: string;
  name: string;
  slug: string;
  role: Role;
  passwordHash: string;
  bio?: string;
  avatarUrl?: string | null;
};

export function createStaffUser(db: DB, input: NewStaffRow): StaffUser {
  return db
    .insert(users)
    .values({ ...input, email: input.email.toLowerCase() })
    .returning(staffColumns)
    .get();
}

export function setUserRole(db: DB, id: number, role: Role): StaffUser | undefined {
  return db.update(users).set({ role }).where(eq(users.id, id)).returning(staffColumns).get();
}

export function setUserActive(db: DB, id: number, active: boolean): StaffUser | undefined {
  return db.update(users).set({ active }).where(eq(users.id, id)).returning(staffColumns).get();
}

/** Also lifts a sign-in lock: whoever sets a new password has settled who holds the account. */
export function setUserPassword(db: DB, id: number, passwordHash: string): boolean {
  return (
    db.update(users).set({ passwordHash, failedLogins: 0, lockedUntil: null }).where(eq(users.id, id)).run()
      .changes > 0
  );
}

export type ProfileInput = { name: string; bio: string; avatarUrl: string | null };

/** Name, bio and portrait only; the slug stays, so the author page keeps its address. */
export function updateStaffProfile(db: DB, id: number, input: ProfileInput): StaffUser | undefined {
  return db.update(users).set(input).where(eq(users.id, id)).returning(staffColumns).get();
}

/** The author-page slug for a name, with -2, -3… appended until no one else holds it. */
export function uniqueUserSlug(db: DB, name: string): string {
  const base = slugify(name) || "staff";
  let slug = base;
  for (let n = 2; isUserSlugTaken(db, slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** Why an account change was refused; the message is safe to show to an admin or operator. */
export type AccountError = {
  ok: false;
  code: "duplicate-email" | "not-found" | "self" | "last-admin";
  message: string;
};
/** `previous` is the account before the change; absent when nothing changed (already so). */
export type AccountResult = { ok: true; user: StaffUser; previous?: StaffUser } | AccountError;

export const ACCOUNT_MESSAGES = {
  "duplicate-email": "An account with this email already exists.",
  "not-found": "No staff account matches.",
  "self-role": "You cannot change your own role. Ask another admin.",
  "self-deactivate": "You cannot deactivate your own account. Ask another admin.",
  "self-reset": "Change your own password from your profile, where it asks for the current one.",
  "last-admin": "This is the last active admin; make someone else an admin first.",
} as const;

/** Adds a staff member from already-validated input: unique email, unique slug, argon2 hash. */
export async function addStaffAccount(
  db: DB,
  input: { email: string; name: string; role: Role; password: string; bio?: string },
): Promise<AccountResult> {
  const duplicate = {
    ok: false,
    code: "duplicate-email",
    message: ACCOUNT_MESSAGES["duplicate-email"],
  } as const;
  if (isEmailTaken(db, input.email)) return duplicate;
  const passwordHash = await hashPassword(input.password);
  // Checked again after the slow hash, in one write transaction with the insert, so a
  // concurrent add (the app and the CLI are separate processes) cannot slip in between.
  return immediately(db, (): AccountResult => {
    if (isEmailTaken(db, input.email)) return duplicate;
    const user = createStaffUser(db, {
      email: input.email,
      name: input.name,
      slug: uniqueUserSlug(db, input.name),
      role: input.role,
      passwordHash,
      bio: input.bio ?? "",
    });
    return { ok: true, user };
  });
}

/** Runs `fn` in a BEGIN IMMEDIATE transaction: its reads and its write see one state. */
function immediately<T>(db: DB, fn: () => T): T {
  return db.$client.transaction(fn).immediate();
}

/**
 * Would taking `target` out of the active admins leave nobody to manage staff? `actorId` is
 * the admin doing it (none for the operator CLI); admins may not demote or deactivate
 * themselves, so a mis-click never locks the person at the keyboard out.
 */
function refuseAdminRemoval(
  db: DB,
  target: StaffUser,
  actorId: number | null,
  selfMessage: string,
): AccountError | null {
  if (actorId !== null && target.id === actorId) return { ok: false, code: "self", message: selfMessage };
  if (target.role === "admin" && target.active && countOtherActiveAdmins(db, target.id) === 0) {
    return { ok: false, code: "last-admin", message: ACCOUNT_MESSAGES["last-admin"] };
  }
  return null;
}

function notFound(): AccountError {
  return { ok: false, code: "not-found", message: ACCOUNT_MESSAGES["not-found"] };
}

/** Changes a role, refusing self-demotion and demoting the last active admin. */
export function changeStaffRole(
  db: DB,
  input: { id: number; role: Role; actorId: number | null },
): AccountResult {
  return immediately(db, (): AccountResult => {
    const target = getStaffUserById(db, input.id);
    if (!target) return notFound();
    if (target.role === input.role) return { ok: true, user: target };
    if (input.role !== "admin") {
      const refused = refuseAdminRemoval(db, target, input.actorId, ACCOUNT_MESSAGES["self-role"]);
      if (refused) return refused;
    }
    const user = setUserRole(db, target.id, input.role);
    return user ? { ok: true, user, previous: target } : notFound();
  });
}

/** Deactivates or reactivates, refusing self-deactivation and deactivating the last admin. */
export function changeStaffActive(
  db: DB,
  input: { id: number; active: boolean; actorId: number | null },
): AccountResult {
  return immediately(db, (): AccountResult => {
    const target = getStaffUserById(db, input.id);
    if (!target) return notFound();
    if (target.active === input.active) return { ok: true, user: target };
    if (!input.active) {
      const refused = refuseAdminRemoval(db, target, input.actorId, ACCOUNT_MESSAGES["self-deactivate"]);
      if (refused) return refused;
    }
    const user = setUserActive(db, target.id, input.active);
    return user ? { ok: true, user, previous: target } : notFound();
  });
}

/** Sets a new password (already validated) for an existing account. */
export async function changeStaffPassword(
  db: DB,
  input: { id: number; password: string },
): Promise<AccountResult> {
  const target = getStaffUserById(db, input.id);
  if (!target) return notFound();
  setUserPassword(db, target.id, await hashPassword(input.password));
  return { ok: true, user: target };
}

/**
 * An admin (`actorId`) sets someone else's password. Refuses their own: that path skips the
 * current-password check, so it is the profile's job.
 */
export async function resetStaffPassword(
  db: DB,
  input: { id: number; password: string; actorId: number },
): Promise<AccountResult> {
  if (input.id === input.actorId) return { ok: false, code: "self", message: ACCOUNT_MESSAGES["self-reset"] };
  return changeStaffPassword(db, input);
}
