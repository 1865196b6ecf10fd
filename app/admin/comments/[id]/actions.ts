"use server";

import { revalidatePath } from "next/cache";
import { raiseChallenge } from "@/db/queries/moderation-challenges";
import { formFields, invalid, type ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { challengeInputSchema } from "@/lib/moderation-desk/validation";

/**
 * "Factual challenge": asks the editors for a correction on the comment's story. Recorded as a
 * correction request in the audit log and listed on /admin/comments/challenges until a
 * correction is added to the story.
 */
export async function challengeCommentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("comments.moderate");
  if (denied) return denied;
  const parsed = challengeInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const raised = raiseChallenge({ commentId: parsed.data.id, note: parsed.data.note, actorId: user.id });
  if (!raised) return { ok: false, message: "This comment no longer exists." };
  revalidatePath("/admin/comments", "layout");
  revalidatePath(`/admin/articles/${raised.articleId}/edit`);
  return { ok: true, message: `Correction requested on “${raised.headline}”. Editors see it under Correction requests.` };
}
