"use server";

import { revalidatePath } from "next/cache";
import { setCommentStatus } from "@/db/queries/moderation";
import { formFields, type ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { revalidateArticleComments } from "@/lib/revalidate";
import { moderationDecisionSchema } from "@/lib/validation/comment";

const DONE = {
  approved: (name: string) => `Approved the comment by ${name}.`,
  rejected: (name: string) => `Rejected the comment by ${name}.`,
  spam: (name: string) => `Marked the comment by ${name} as spam.`,
} as const;

/**
 * One click in the queue: moves a comment from the state the moderator saw (`expected`) to
 * their decision. Losing a race with another moderator is an expected outcome, not an error.
 */
export async function moderateCommentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("comments.moderate");
  if (denied) return denied;

  const parsed = moderationDecisionSchema.safeParse(formFields(formData));
  if (!parsed.success) return { ok: false, message: "That moderation request was not valid. Reload the page and try again." };
  const { id, expected, decision } = parsed.data;

  const moved = setCommentStatus({ id, from: expected, to: decision, moderatorId: user.id });
  // Either way the moderator's view is stale or has changed: re-render the queue and its counts.
  revalidatePath("/admin/comments");
  if (!moved) return { ok: false, message: "This comment was already moderated by someone else." };

  // Readers see approved comments only, so the article changes only when approval is gained or lost.
  if (expected === "approved" || decision === "approved") revalidateArticleComments(moved.slug);
  return { ok: true, message: DONE[decision](moved.authorName) };
}
