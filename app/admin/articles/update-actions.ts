"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getArticleForEdit } from "@/db/queries/article-editor";
import { cancelScheduledUpdate, scheduleUpdate } from "@/db/queries/scheduled-updates";
import { formFields, invalid, type ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { revalidateEverything } from "@/lib/revalidate";
import { idSchema } from "@/lib/validation/article";
import { cancelUpdateInputSchema, scheduledUpdateInputSchema } from "@/lib/validation/scheduled-update";
import { effectiveStatus } from "@/lib/workflow";

/**
 * Stores a new version of a live story to be swapped in at `publishAt`. Nothing public changes
 * now: reader pages already expire at the next scheduled time, which this becomes if soonest.
 */
export async function scheduleUpdateAction(boundId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("articles.publish");
  if (denied) return denied;
  const id = idSchema.safeParse(boundId);
  if (!id.success) return { ok: false, message: "That article does not exist." };
  const parsed = scheduledUpdateInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const article = getArticleForEdit(id.data);
  if (!article) return { ok: false, message: "That article no longer exists." };
  if (effectiveStatus(article.status, article.publishedAt) !== "published") {
    return { ok: false, message: "Only a live article can have a scheduled update; edit this one directly." };
  }
  const { publishAt, ...snapshot } = parsed.data;
  scheduleUpdate({ articleId: article.id, snapshot, publishAt, createdById: user.id });
  // Reader pages rendered before now must learn of the new expiry time.
  revalidateEverything();
  redirect(`/admin/articles/${article.id}/edit?update=1`);
}

export async function cancelScheduledUpdateAction(boundId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const { denied } = await authorizeAction("articles.publish");
  if (denied) return denied;
  const id = idSchema.safeParse(boundId);
  const parsed = cancelUpdateInputSchema.safeParse(formFields(formData));
  if (!id.success || !parsed.success) return { ok: false, message: "That request was not valid. Reload the page and try again." };
  if (!cancelScheduledUpdate(parsed.data.updateId, id.data)) {
    return { ok: false, message: "That update has already gone live or was cancelled." };
  }
  revalidatePath(`/admin/articles/${id.data}/edit`);
  return { ok: true, message: "Scheduled update cancelled." };
}
