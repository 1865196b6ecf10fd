"use server";

import { signOut } from "@/auth";
import { recordAudit } from "@/db/queries/audit";
import { changeStaffPassword, checkStaffLogin, updateStaffProfile } from "@/db/queries/users";
import { formFields, invalid, type ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { revalidateEverything } from "@/lib/revalidate";
import { changePasswordSchema, profileSchema } from "@/lib/validation/user";

// Every staff member edits their own account here; the id always comes from the session,
// never from the form, so there is nobody else's account to name.

/** Name, bio and portrait. Bylines and author boxes show them on every article, so all reader pages refresh. */
export async function updateProfileAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("admin.access");
  if (denied) return denied;
  const parsed = profileSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  if (input.name === user.name && input.bio === user.bio && input.avatarUrl === user.avatarUrl) {
    return { ok: true, message: "Nothing to save: your profile is unchanged." };
  }
  const updated = updateStaffProfile(user.id, input);
  if (!updated) return { ok: false, message: "Your account no longer exists." };
  recordAudit({
    actorId: user.id,
    action: "user.profile",
    targetType: "user",
    targetId: user.id,
    summary: updated.name === user.name ? "Profile updated" : `Profile updated; name was ${user.name}`,
  });
  revalidateEverything();
  return { ok: true, message: "Profile saved." };
}

/**
 * Changes one's own password. The current password is checked like a sign-in, so wrong
 * guesses count towards the lockout: a borrowed session cannot be used to guess it. Every
 * session ends, this one included (their stamp no longer matches the new hash), and the
 * person signs in again with the new password, which also proves they can.
 */
export async function changePasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("admin.access");
  if (denied) return denied;
  const parsed = changePasswordSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { currentPassword, newPassword } = parsed.data;

  const check = await checkStaffLogin(user.email, currentPassword);
  if (!check.ok && check.reason === "locked") {
    const n = check.retryAfterMinutes;
    return {
      ok: false,
      message: `Too many failed attempts. Try again in ${n} ${n === 1 ? "minute" : "minutes"}.`,
    };
  }
  if (!check.ok) {
    return {
      ok: false,
      message: "Please correct the highlighted fields.",
      fieldErrors: { currentPassword: ["That is not your current password."] },
    };
  }
  const result = await changeStaffPassword({ id: user.id, password: newPassword });
  if (!result.ok) return { ok: false, message: result.message };
  recordAudit({
    actorId: user.id,
    action: "user.password-change",
    targetType: "user",
    targetId: user.id,
    summary: "Changed their own password",
  });
  // Signing this browser in again inside the action would not help: the page re-rendered after
  // it still reads the old cookie from the request and would bounce to the login page anyway.
  await signOut({
    redirectTo: `/login?notice=password-changed&callbackUrl=${encodeURIComponent("/admin/profile")}`,
  });
  return { ok: true };
}
