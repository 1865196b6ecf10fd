"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/db/queries/audit";
import { addStaffAccount, changeStaffActive, changeStaffRole, resetStaffPassword } from "@/db/queries/users";
import { formFields, invalid, type ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { generateTemporaryPassword } from "@/lib/auth/temporary-password";
import {
  changeRoleSchema,
  newStaffSchema,
  resetPasswordSchema,
  setActiveSchema,
} from "@/lib/validation/user";

const ROLE_LABELS = { admin: "an admin", editor: "an editor", author: "an author", moderator: "a moderator" };

/** Adds a staff member. New accounts have no articles yet, so no public page changes. */
export async function createStaffAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("users.manage");
  if (denied) return denied;
  const parsed = newStaffSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await addStaffAccount(parsed.data);
  if (!result.ok) {
    return {
      ok: false,
      message: "Please correct the highlighted fields.",
      fieldErrors: { email: [result.message] },
    };
  }
  recordAudit({
    actorId: user.id,
    action: "user.create",
    targetType: "user",
    targetId: result.user.id,
    summary: `Added ${result.user.name} (${result.user.email}) as ${result.user.role}`,
  });
  revalidatePath("/admin/staff");
  return { ok: true, message: `Added ${result.user.name} as ${ROLE_LABELS[result.user.role]}.` };
}

/** Changes a role; refuses demoting oneself or the last active admin. */
export async function changeRoleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("users.manage");
  if (denied) return denied;
  const parsed = changeRoleSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, "Choose a valid role.");
  const result = changeStaffRole({ ...parsed.data, actorId: user.id });
  if (!result.ok) return { ok: false, message: result.message };
  if (result.previous) {
    recordAudit({
      actorId: user.id,
      action: "user.role",
      targetType: "user",
      targetId: result.user.id,
      summary: `Role changed from ${result.previous.role} to ${result.user.role}`,
    });
  }
  revalidatePath("/admin/staff");
  return { ok: true, message: `${result.user.name} is now ${ROLE_LABELS[result.user.role]}.` };
}

/**
 * Deactivates or reactivates. Takes effect on the person's next request: the guards re-read
 * the account and treat an inactive one as signed out.
 */
export async function setActiveAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("users.manage");
  if (denied) return denied;
  const parsed = setActiveSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, "That request was not valid.");
  const result = changeStaffActive({ ...parsed.data, actorId: user.id });
  if (!result.ok) return { ok: false, message: result.message };
  if (result.previous) {
    recordAudit({
      actorId: user.id,
      action: result.user.active ? "user.activate" : "user.deactivate",
      targetType: "user",
      targetId: result.user.id,
      summary: result.user.active ? "Account reactivated" : "Account deactivated",
    });
  }
  revalidatePath("/admin/staff");
  return {
    ok: true,
    message: result.user.active
      ? `${result.user.name} is active again.`
      : `${result.user.name} is deactivated.`,
  };
}

/** What the reset form gets back: a generated password is shown once, then lives nowhere. */
export type ResetPasswordState = ActionState & { temporaryPassword?: string };

/**
 * Sets a new password for someone else: typed by the admin, or generated here. Their existing
 * sessions end (the session stamp changes with the hash) and any sign-in lock is lifted.
 */
export async function resetPasswordAction(
  _prev: ResetPasswordState,
  formData: FormData,
): Promise<ResetPasswordState> {
  const { user, denied } = await authorizeAction("users.manage");
  if (denied) return denied;
  const parsed = resetPasswordSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, "Please correct the highlighted field.");
  const input = parsed.data;
  const password = input.mode === "generate" ? generateTemporaryPassword() : input.password;
  const result = await resetStaffPassword({ id: input.id, password, actorId: user.id });
  if (!result.ok) return { ok: false, message: result.message };
  recordAudit({
    actorId: user.id,
    action: "user.password-reset",
    targetType: "user",
    targetId: result.user.id,
    summary: input.mode === "generate" ? "Password reset to a generated one" : "Password reset by an admin",
  });
  revalidatePath("/admin/staff");
  if (input.mode === "set") return { ok: true, message: `New password set for ${result.user.name}.` };
  return {
    ok: true,
    message: `Temporary password for ${result.user.name}, shown only this once:`,
    temporaryPassword: password,
  };
}
