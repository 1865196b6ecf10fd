import "server-only";
import { db } from "@/db";
import type { Role } from "@/db/schema";
import * as accounts from "@/db/staff-accounts";
import type { StaffUser } from "@/db/staff-accounts";

// The app's entry to staff accounts: the shared logic in db/staff-accounts.ts (also used by
// the operator CLI), bound to the server's one connection.

export type { AccountResult, StaffUser } from "@/db/staff-accounts";

/** The only reader of password hashes; used by the credentials provider alone. */
export function findLoginByEmail(email: string) {
  return accounts.findLoginByEmail(db, email);
}

export function getStaffUserById(id: number): StaffUser | undefined {
  return accounts.getStaffUserById(db, id);
}

export function getStaffUserByEmail(email: string): StaffUser | undefined {
  return accounts.getStaffUserByEmail(db, email);
}

export function listStaffUsers(): StaffUser[] {
  return accounts.listStaffUsers(db);
}

export function countStaffUsers(): number {
  return accounts.countStaffUsers(db);
}

export function createStaffUser(input: accounts.NewStaffRow): StaffUser {
  return accounts.createStaffUser(db, input);
}

export function isEmailTaken(email: string): boolean {
  return accounts.isEmailTaken(db, email);
}

export function isUserSlugTaken(slug: string): boolean {
  return accounts.isUserSlugTaken(db, slug);
}

export function setUserRole(id: number, role: Role): StaffUser | undefined {
  return accounts.setUserRole(db, id, role);
}

export function setUserActive(id: number, active: boolean): StaffUser | undefined {
  return accounts.setUserActive(db, id, active);
}

export function setUserPassword(id: number, passwordHash: string): boolean {
  return accounts.setUserPassword(db, id, passwordHash);
}

/** Active admins other than `exceptId`: guards against locking everyone out. */
export function countOtherActiveAdmins(exceptId: number): number {
  return accounts.countOtherActiveAdmins(db, exceptId);
}

/** Adds a staff member (validated input): duplicate email refused, slug made unique, hashed. */
export function addStaffAccount(input: {
  email: string;
  name: string;
  role: Role;
  password: string;
  bio?: string;
}): Promise<accounts.AccountResult> {
  return accounts.addStaffAccount(db, input);
}

/** Role change by an admin (`actorId`), with the self and last-admin guards. */
export function changeStaffRole(input: { id: number; role: Role; actorId: number }): accounts.AccountResult {
  return accounts.changeStaffRole(db, input);
}

/** (De)activation by an admin (`actorId`), with the self and last-admin guards. */
export function changeStaffActive(input: {
  id: number;
  active: boolean;
  actorId: number;
}): accounts.AccountResult {
  return accounts.changeStaffActive(db, input);
}
