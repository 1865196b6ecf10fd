"use server";

import { signOut } from "@/auth";

/**
 * Ends the staff session. Deliberately unguarded: signing out needs no permission, and a
 * deactivated user (whom authorizeAction would refuse) must still be able to clear the cookie.
 */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
