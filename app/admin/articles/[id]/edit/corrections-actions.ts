"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/db/queries/audit";
import { dismissCorrectionDraft, publishCorrectionDraft, saveCorrectionDraft } from "@/db/queries/correction-drafts";
import { addCorrection } from "@/db/queries/corrections";
import { formFields, invalid, type ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { revalidateCorrection } from "@/lib/revalidate";
import { idSchema } from "@/lib/validation/article";
import { CORRECTION_LABELS, correctionDraftRefSchema, correctionInputSchema } from "@/lib/validation/corrections";

// Publishing a correction is an editor's call, like publishing the story, so every action here
// needs the same permission; so does editing or dismissing a draft that would become one.

const NOT_LIVE = "Only a published article can carry a correction. Reload the page to see its state.";
const DRAFT_GONE = "This draft has already been published or dismissed. Reload the page to see it.";

/** Appends a correction, clarification or update to a live article. */
export async function addCorrectionAction(
  boundId: number,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const { user, denied } = await authorizeAction("articles.publish");
  if (denied) return denied;
  const id = idSchema.safeParse(boundId);
  if (!id.success) return { ok: false, message: "That article does not exist." };
  const parsed = correctionInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);

  // The query re-checks that readers can see the article, inside its transaction.
  const saved = addCorrection({ articleId: id.data, ...parsed.data, createdById: user.id });
  if (!saved) return { ok: false, message: NOT_LIVE };
  return published(user.id, id.data, saved, "");
}

/** A draft action's outcome, naming the draft it answers so the page shows it by that draft. */
export type DraftActionState = ActionState & { draftId?: number };

/**
 * An editor's answer to a correction draft opened from a reader's factual challenge, by the
 * button pressed: save its text, publish it (it becomes an ordinary correction with the text
 * sent), or dismiss it because the challenge did not hold.
 */
export async function correctionDraftAction(
  boundArticleId: number,
  _prev: DraftActionState,
  formData: FormData,
): Promise<DraftActionState> {
  const { user, denied } = await authorizeAction("articles.publish");
  if (denied) return denied;
  const articleId = idSchema.safeParse(boundArticleId);
  const ref = correctionDraftRefSchema.safeParse(formFields(formData));
  if (!articleId.success || !ref.success) return { ok: false, message: ref.error?.issues[0]?.message ?? "That draft does not exist." };
  const ids = { articleId: articleId.data, id: ref.data.draft };
  const draftId = ids.id;

  if (ref.data.intent === "dismiss") {
    const dismissed = dismissCorrectionDraft({ ...ids, actorId: user.id });
    if (!dismissed) return { ok: false, message: DRAFT_GONE, draftId };
    recordAudit({
      actorId: user.id,
      action: "article.correction-dismiss",
      targetType: "article",
      targetId: ids.articleId,
      summary: `Correction draft dismissed on “${dismissed.headline}”${fromComment(dismissed.commentId)}`,
    });
    revalidatePath(`/admin/articles/${ids.articleId}/edit`);
    revalidatePath("/admin/comments", "layout");
    revalidatePath("/admin");
    return { ok: true, message: "Draft dismissed. Readers see nothing.", draftId };
  }

  const parsed = correctionInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return { ...invalid(parsed.error), draftId };
  const { kind, body } = parsed.data;
  if (ref.data.intent === "save") {
    if (!saveCorrectionDraft({ ...ids, kind, body })) return { ok: false, message: DRAFT_GONE, draftId };
    revalidatePath(`/admin/articles/${ids.articleId}/edit`);
    return { ok: true, message: "Draft saved. Readers see nothing until it is published.", draftId };
  }
  const result = publishCorrectionDraft({ ...ids, kind, body, actorId: user.id });
  if (!result.ok) return { ok: false, message: result.reason === "not-live" ? NOT_LIVE : DRAFT_GONE, draftId };
  revalidatePath("/admin/comments", "layout");
  return { ...published(user.id, ids.articleId, result, fromComment(result.commentId)), draftId };
}

const fromComment = (commentId: number | null) => (commentId ? ` (from comment #${commentId})` : "");

/** The audit entry, the refreshed pages and the message every published correction gets. */
function published(
  actorId: number,
  articleId: number,
  saved: { kind: keyof typeof CORRECTION_LABELS; body: string; slug: string; headline: string },
  source: string,
): ActionState {
  const label = CORRECTION_LABELS[saved.kind];
  recordAudit({
    actorId,
    action: "article.correction",
    targetType: "article",
    targetId: articleId,
    summary: `${label} on “${saved.headline}”${source}: ${saved.body.slice(0, 120)}`,
  });
  revalidateCorrection(saved.slug);
  revalidatePath(`/admin/articles/${articleId}/edit`);
  revalidatePath("/admin");
  return {
    ok: true,
    message: `${label} published. The story now shows it and its “Updated” time has moved.`,
  };
}
