"use server";

import { revalidatePath } from "next/cache";
import { getArticleForEdit } from "@/db/queries/article-editor";
import { clearPreviewTokenHash, setPreviewTokenHash } from "@/db/queries/preview";
import type { ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { canEditArticle } from "@/lib/auth/permissions";
import { newPreviewToken, previewPath } from "@/lib/preview-token";
import { idSchema } from "@/lib/validation/article";

/** The outcome, plus the new link's path once: only its hash is stored, so it cannot be shown again. */
export type PreviewLinkState = ActionState & { path?: string };

/** Guard, bound id and "may this user edit this article", shared by both actions. */
async function editableArticle(boundId: unknown) {
  const { user, denied } = await authorizeAction("articles.write");
  if (denied) return { denied };
  const id = idSchema.safeParse(boundId);
  const article = id.success ? getArticleForEdit(id.data) : undefined;
  if (!article) return { denied: { ok: false, message: "That article no longer exists." } };
  if (!canEditArticle(user, article)) {
    return { denied: { ok: false, message: "You do not have permission to share this article." } };
  }
  return { article };
}

/** Creates a preview link for a story not yet live, replacing (and so ending) any earlier one. */
export async function createPreviewLinkAction(
  boundId: number,
  _prev: PreviewLinkState,
  _formData: FormData,
): Promise<PreviewLinkState> {
  const { article, denied } = await editableArticle(boundId);
  if (denied) return denied;
  const { token, hash } = newPreviewToken();
  if (!setPreviewTokenHash(article.id, hash)) {
    return { ok: false, message: "This story is already published: share its address instead." };
  }
  revalidatePath(`/admin/articles/${article.id}/edit`);
  return {
    ok: true,
    message:
      "Preview link created. Copy it now: for safety it is shown only once. Any earlier link no longer works.",
    path: previewPath(token),
  };
}

export async function revokePreviewLinkAction(
  boundId: number,
  _prev: ActionState,
  _formData: FormData,
): Promise<ActionState> {
  const { article, denied } = await editableArticle(boundId);
  if (denied) return denied;
  const revoked = clearPreviewTokenHash(article.id);
  revalidatePath(`/admin/articles/${article.id}/edit`);
  return revoked
    ? { ok: true, message: "Preview link revoked: it now shows “Page not found”." }
    : { ok: false, message: "There was no preview link to revoke." };
}
