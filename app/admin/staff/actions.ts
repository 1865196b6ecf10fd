"use server";

import { revalidatePath } from "next/cache";
import { addStaffAccount, changeStaffActive, changeStaffRole } from "@/db/queries/users";
import { formFields, invalid, type ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { changeRoleSchema, newStaffSchema, setActiveSchema } from "@/lib/validation/user";

const ROLE_LABELS = { admin: "an admin", editor: "an editor", author: "an author", moderator: "a moderator" };

/** Adds a staff member. New accounts have no articles yet, so no public page changes. */
export async function createStaffAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { denied } = await authorizeAction("users.manage");
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
  revalidatePath("/admin/staff");
  return {
    ok: true,
    message: result.user.active
      ? `${result.user.name} is active again.`
      : `${result.user.name} is deactivated.`,
  };
}
