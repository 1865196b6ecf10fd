"use server";

import { revalidatePath } from "next/cache";
import { getArticleForEdit } from "@/db/queries/article-editor";
import { recordAudit } from "@/db/queries/audit";
import { restoreRevision } from "@/db/queries/revisions";
import type { ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { canEditArticle } from "@/lib/auth/permissions";
import { revalidateArticleSurfaces } from "@/lib/revalidate";
import { restoreRevisionSchema } from "@/lib/validation/revision";
import { effectiveStatus } from "@/lib/workflow";

/**
 * Makes an old revision the article's content again. Nothing is lost: the restore is itself
 * saved as a new revision ("Restored revision N"), so it can be undone the same way.
 */
export async function restoreRevisionAction(boundArticleId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("articles.write");
  if (denied) return denied;
  const parsed = restoreRevisionSchema.safeParse({ articleId: boundArticleId, revisionId: formData.get("revisionId") });
  if (!parsed.success) return { ok: false, message: "That revision does not exist. Reload the page and try again." };

  const article = getArticleForEdit(parsed.data.articleId);
  if (!article) return { ok: false, message: "That article no longer exists." };
  if (!canEditArticle(user, article)) return { ok: false, message: "You do not have permission to edit this article." };

  let result: ReturnType<typeof restoreRevision>;
  try {
    result = restoreRevision({ articleId: article.id, revisionId: parsed.data.revisionId, userId: user.id });
  } catch (error) {
    console.error("Restoring a revision failed", error);
    return { ok: false, message: "The revision could not be restored. Please try again." };
  }
  if (!result.ok) {
    return { ok: false, message: result.reason === "missing" ? "That article no longer exists." : "That revision does not belong to this article." };
  }

  recordAudit({
    actorId: user.id,
    action: "article.restore-revision",
    targetType: "article",
    targetId: article.id,
    summary: `Restored revision ${result.restoredNumber} of “${article.headline}”`,
  });
  const saved = result.article;
  // A live story changed under readers: refresh its pages, old address included if the slug moved.
  if (effectiveStatus(saved.status, saved.publishedAt) === "published") {
    revalidateArticleSurfaces([saved.slug, result.previousSlug]);
  }
  revalidatePath(`/admin/articles/${article.id}/revisions`);
  revalidatePath(`/admin/articles/${article.id}/edit`);
  const kept = result.kept.length ? ` It keeps ${result.kept.join("; ")}.` : "";
  return { ok: true, message: `Restored revision ${result.restoredNumber}. It is now the current version, saved as a new revision.${kept}` };
}
