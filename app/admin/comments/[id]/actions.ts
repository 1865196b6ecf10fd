"use server";

import { revalidatePath } from "next/cache";
import { raiseChallenge } from "@/db/queries/correction-drafts";
import { formFields, invalid, type ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { challengeInputSchema } from "@/lib/moderation-desk/validation";

/**
 * "Factual challenge": opens a correction draft on the comment's story for the editors, linked
 * to the comment. They edit and publish it from the story's edit page.
 */
export async function challengeCommentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("comments.moderate");
  if (denied) return denied;
  const parsed = challengeInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const raised = raiseChallenge({ commentId: parsed.data.id, note: parsed.data.note, actorId: user.id });
  if (!raised.ok) {
    return {
      ok: false,
      message:
        raised.reason === "no-comment"
          ? "This comment no longer exists."
          : "This comment already has a correction draft waiting for the editors.",
    };
  }
  revalidatePath("/admin/comments", "layout");
  revalidatePath(`/admin/articles/${raised.articleId}/edit`);
  revalidatePath("/admin");
  return {
    ok: true,
    message: `Correction draft opened on “${raised.headline}”. Editors see it on the story's edit page.`,
  };
}
