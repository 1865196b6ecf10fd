import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { auth } from "@/auth";
import { getStaffUserById, type StaffUser } from "@/db/queries/users";
import { can, type Permission } from "./permissions";

/**
 * The signed-in staff member, re-read from the database once per request so that a changed
 * role or a deactivation takes effect at once, whatever the session cookie still says.
 */
export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = getStaffUserById(id);
  return user && user.active ? user : null;
});

/**
 * First line of every admin page: sends a visitor without a session to the login page
 * (coming back to `returnTo`), and shows 403 to a signed-in user without the permission.
 */
export async function requirePagePermission(permission: Permission, returnTo = "/admin"): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(user.role, permission)) forbidden();
  return user;
}

export type Denied = { ok: false; message: string };

/**
 * First line of every server action. Returns the user, or the state to hand back to the form;
 * actions never trust the page that rendered the form to have checked.
 */
export async function authorizeAction(
  permission: Permission,
): Promise<{ user: StaffUser; denied?: undefined } | { user?: undefined; denied: Denied }> {
  const user = await getCurrentUser();
  if (!user) return { denied: { ok: false, message: "Your session has ended. Sign in again." } };
  if (!can(user.role, permission)) {
    return { denied: { ok: false, message: "You do not have permission to do that." } };
  }
  return { user };
}
