"use server";

import { revalidatePath } from "next/cache";
import { addCommenterNote, banCommenter, liftBan } from "@/db/queries/moderation-commenters";
import { formFields, invalid, type ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { BAN_DURATIONS, banInputSchema, commentIdSchema, noteInputSchema } from "@/lib/moderation-desk/validation";

const DAY_MS = 86_400_000;

/** Bans or suspends a commenter by email and/or the hashed address of one of their comments. */
export async function banCommenterAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("comments.moderate");
  if (denied) return denied;
  const parsed = banInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { email, byEmail, ipFromComment, reason, duration } = parsed.data;
  const days = BAN_DURATIONS[duration];
  const saved = banCommenter({
    email,
    byEmail: byEmail === "on",
    ipFromCommentId: typeof ipFromComment === "number" ? ipFromComment : undefined,
    reason,
    expiresAt: days === null ? null : new Date(Date.now() + days * DAY_MS),
    actorId: user.id,
  });
  if (!saved) return { ok: false, message: "That address is not one this commenter posted from. Reload the page." };
  revalidatePath("/admin/comments", "layout");
  return { ok: true, message: days === null ? `Banned ${email}.` : `Suspended ${email} for ${days} ${days === 1 ? "day" : "days"}.` };
}

/** Lifts a ban or suspension still in force. */
export async function liftBanAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("comments.moderate");
  if (denied) return denied;
  const id = commentIdSchema.safeParse(formData.get("banId"));
  if (!id.success) return { ok: false, message: "No such ban." };
  const lifted = liftBan({ banId: id.data, actorId: user.id });
  revalidatePath("/admin/comments", "layout");
  if (!lifted) return { ok: false, message: "That ban was already lifted." };
  return { ok: true, message: "Ban lifted." };
}

/** Adds a moderators' note on a commenter. */
export async function addCommenterNoteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("comments.moderate");
  if (denied) return denied;
  const parsed = noteInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  addCommenterNote({ ...parsed.data, actorId: user.id });
  revalidatePath("/admin/comments", "layout");
  return { ok: true, message: "Note added." };
}
