"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/db/queries/audit";
import { addCorrection } from "@/db/queries/corrections";
import { formFields, invalid, type ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { revalidateCorrection } from "@/lib/revalidate";
import { idSchema } from "@/lib/validation/article";
import { CORRECTION_LABELS, correctionInputSchema } from "@/lib/validation/corrections";

/**
 * Appends a correction, clarification or update to a live article. Publishing a correction is
 * an editor's call, like publishing the story, so it needs the same permission.
 */
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
  if (!saved)
    return {
      ok: false,
      message: "Only a published article can carry a correction. Reload the page to see its state.",
    };

  const label = CORRECTION_LABELS[saved.kind];
  recordAudit({
    actorId: user.id,
    action: "article.correction",
    targetType: "article",
    targetId: id.data,
    summary: `${label} on “${saved.headline}”: ${saved.body.slice(0, 120)}`,
  });
  revalidateCorrection(saved.slug);
  revalidatePath(`/admin/articles/${id.data}/edit`);
  return {
    ok: true,
    message: `${label} published. The story now shows it and its “Updated” time has moved.`,
  };
}
