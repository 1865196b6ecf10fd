import "server-only";
import { db } from "@/db";
import type { Role } from "@/db/schema";
import * as accounts from "@/db/staff-accounts";
import type { StaffUser } from "@/db/staff-accounts";
import * as signIn from "@/db/staff-sign-in";
import { recordAudit } from "./audit";

// The app's entry to staff accounts: the shared logic in db/staff-accounts.ts (also used by
// the operator CLI), bound to the server's one connection.

export type { AccountResult, StaffAccountRow, StaffUser } from "@/db/staff-accounts";
export type { LoginCheck } from "@/db/staff-sign-in";

export function getStaffUserById(id: number): StaffUser | undefined {
  return accounts.getStaffUserById(db, id);
}

export function getStaffUserByEmail(email: string): StaffUser | undefined {
  return accounts.getStaffUserByEmail(db, email);
}

export function listStaffUsers(): StaffUser[] {
  return accounts.listStaffUsers(db);
}

/** The admin's staff table: every account with its sign-in lock. */
export function listStaffAccounts(): accounts.StaffAccountRow[] {
  return accounts.listStaffAccounts(db);
}

/** The account behind a session cookie, while it is active and its password unchanged. */
export function getSessionUser(id: number, stamp: string): StaffUser | undefined {
  return signIn.getSessionUser(db, id, stamp);
}

/**
 * The credentials check with lockout (db/staff-sign-in.ts). The attempt that locks an account
 * is written to the audit log, so admins can see someone guessing.
 */
export async function checkStaffLogin(email: string, password: string): Promise<signIn.LoginCheck> {
  const result = await signIn.checkLogin(db, { email, password });
  if (!result.ok && result.reason === "locked" && result.lockedNow) {
    recordAudit({
      actorId: null,
      action: "user.lockout",
      targetType: "user",
      targetId: result.userId,
      summary: `Locked for ${signIn.LOCKOUT.minutes} minutes after ${signIn.LOCKOUT.maxFailures} failed sign-ins`,
    });
  }
  return result;
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

/** An admin (`actorId`) sets another person's password; also lifts a sign-in lock. */
export function resetStaffPassword(input: {
  id: number;
  password: string;
  actorId: number;
}): Promise<accounts.AccountResult> {
  return accounts.resetStaffPassword(db, input);
}

/** Sets a new password for an account (already validated and authorised by the caller). */
export function changeStaffPassword(input: {
  id: number;
  password: string;
}): Promise<accounts.AccountResult> {
  return accounts.changeStaffPassword(db, input);
}

/** A staff member's own name, bio and portrait. */
export function updateStaffProfile(id: number, input: accounts.ProfileInput): StaffUser | undefined {
  return accounts.updateStaffProfile(db, id, input);
}
