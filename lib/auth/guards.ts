import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { auth, signOut } from "@/auth";
import { getSessionUser, type StaffUser } from "@/db/queries/users";
import { safeReturnPath } from "@/lib/safe-return-path";
import { can, type Permission } from "./permissions";

/**
 * The signed-in staff member, re-read from the database once per request so that a changed
 * role, a deactivation or a new password takes effect at once, whatever the cookie still says.
 */
export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  const stamp = session?.user?.stamp;
  if (!Number.isInteger(id) || id <= 0 || typeof stamp !== "string") return null;
  return getSessionUser(id, stamp) ?? null;
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
 *
 * A cookie that no longer counts (account deactivated or deleted, password changed since) is
 * deleted, which only an action or route handler can do, and the person is sent to sign in.
 * Without any session (expired, signed out) the form gets a message instead, so whatever was
 * typed survives for a resubmit after signing in in another tab.
 */
export async function authorizeAction(
  permission: Permission,
): Promise<{ user: StaffUser; denied?: undefined } | { user?: undefined; denied: Denied }> {
  const user = await getCurrentUser();
  if (!user && (await auth())?.user) return endStaleSession();
  if (!user) return { denied: { ok: false, message: "Your session has ended. Sign in again." } };
  if (!can(user.role, permission)) {
    return { denied: { ok: false, message: "You do not have permission to do that." } };
  }
  return { user };
}

/** Clears the cookie and redirects to sign in, coming back to the page the form was on. */
async function endStaleSession(): Promise<never> {
  const referer = (await headers()).get("referer");
  const url = referer && URL.canParse(referer) ? new URL(referer) : null;
  const returnTo = safeReturnPath(url ? url.pathname + url.search : null, "/admin");
  await signOut({ redirectTo: `/login?callbackUrl=${encodeURIComponent(returnTo)}` });
  // signOut redirects by throwing; this line only satisfies the return type.
  redirect("/login");
}
