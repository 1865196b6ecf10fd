import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { users, type Role } from "@/db/schema";

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

const staffColumns = {
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
export function findLoginByEmail(email: string) {
  return db
    .select({ ...staffColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.toLowerCase()))
    .get();
}

export function getStaffUserById(id: number): StaffUser | undefined {
  return db.select(staffColumns).from(users).where(eq(users.id, id)).get();
}

export function getStaffUserByEmail(email: string): StaffUser | undefined {
  return db.select(staffColumns).from(users).where(eq(users.email, email.toLowerCase())).get();
}

export function listStaffUsers(): StaffUser[] {
  return db.select(staffColumns).from(users).orderBy(asc(users.name)).all();
}

export function countStaffUsers(): number {
  return db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
}

export function createStaffUser(input: {
  email: string;
  name: string;
  slug: string;
  role: Role;
  passwordHash: string;
  bio?: string;
  avatarUrl?: string | null;
}): StaffUser {
  return db
    .insert(users)
    .values({ ...input, email: input.email.toLowerCase() })
    .returning(staffColumns)
    .get();
}

export function isEmailTaken(email: string): boolean {
  return Boolean(db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase())).get());
}

export function isUserSlugTaken(slug: string): boolean {
  return Boolean(db.select({ id: users.id }).from(users).where(eq(users.slug, slug)).get());
}

export function setUserRole(id: number, role: Role): StaffUser | undefined {
  return db.update(users).set({ role }).where(eq(users.id, id)).returning(staffColumns).get();
}

export function setUserActive(id: number, active: boolean): StaffUser | undefined {
  return db.update(users).set({ active }).where(eq(users.id, id)).returning(staffColumns).get();
}

export function setUserPassword(id: number, passwordHash: string): boolean {
  return db.update(users).set({ passwordHash }).where(eq(users.id, id)).run().changes > 0;
}

/** Active admins other than `exceptId`: guards against locking everyone out. */
export function countOtherActiveAdmins(exceptId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(sql`${users.role} = 'admin' and ${users.active} = 1 and ${users.id} <> ${exceptId}`)
      .get()?.n ?? 0
  );
}
