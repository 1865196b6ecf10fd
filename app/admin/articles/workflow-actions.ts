"use server";

import { revalidatePath } from "next/cache";
import { recordAudit, type AuditAction } from "@/db/queries/audit";
import { getArticleForEdit, listBylineCandidates } from "@/db/queries/article-editor";
import { promoteDueScheduled, setAssignment, transitionArticle } from "@/db/queries/workflow";
import { invalid, formFields, type ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { revalidateArticleSurfaces } from "@/lib/revalidate";
import { idSchema } from "@/lib/validation/article";
import { assignmentInputSchema, transitionInputSchema } from "@/lib/validation/workflow";
import { checkTransition, prepublishWarnings, STATUS_LABELS, type TransitionName } from "@/lib/workflow";

/** Moves that change what readers see, and how the audit log names them. */
const AUDITED: Partial<Record<TransitionName, AuditAction>> = {
  publish: "article.publish",
  schedule: "article.schedule",
  unpublish: "article.unpublish",
  archive: "article.archive",
};

export type WorkflowState = ActionState & { warnings?: string[] };

/**
 * One move through the workflow (submit, send back, publish, schedule…). The status machine in
 * lib/workflow.ts decides who may make it; the update matches on the status the actor saw, so a
 * second editor acting on a stale page is told instead of overwriting.
 */
export async function transitionArticleAction(boundId: number, _prev: WorkflowState, formData: FormData): Promise<WorkflowState> {
  const { user, denied } = await authorizeAction("articles.write");
  if (denied) return denied;
  const id = idSchema.safeParse(boundId);
  if (!id.success) return { ok: false, message: "That article does not exist." };
  const parsed = transitionInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;

  promoteDueScheduled();
  const article = getArticleForEdit(id.data);
  if (!article) return { ok: false, message: "That article no longer exists." };
  const allowed = checkTransition(user, article, input.transition);
  if (!allowed.ok) return { ok: false, message: allowed.message };
  if (article.status !== input.expected) {
    return { ok: false, message: `Someone else changed this article: it is now ${STATUS_LABELS[article.status].toLowerCase()}. Reload to see it.` };
  }
  if (input.transition === "publish" || input.transition === "schedule") {
    const warnings = prepublishWarnings(article);
    if (warnings.length && !input.confirm) {
      return { ok: false, message: "Check these before it goes out, then confirm.", warnings };
    }
  }

  const moved = transitionArticle({
    id: article.id,
    from: article.status,
    to: allowed.to,
    actorId: user.id,
    note: input.note,
    publishAt: input.publishAt ?? undefined,
  });
  if (!moved) return { ok: false, message: "Someone else changed this article first. Reload to see it." };

  const audit = AUDITED[input.transition];
  if (audit) {
    const when = moved.publishedAt && input.transition === "schedule" ? ` for ${moved.publishedAt.toISOString()}` : "";
    recordAudit({ actorId: user.id, action: audit, targetType: "article", targetId: moved.id, summary: `${article.headline}${when}` });
  }
  // Leaving or entering the public site changes every list the story is on; a scheduled time
  // ahead changes nothing yet (the reader pages expire at that time by themselves).
  if (article.status === "published" || moved.status === "published" || input.transition === "schedule") {
    revalidateArticleSurfaces([moved.slug]);
  }
  revalidatePath(`/admin/articles/${moved.id}/edit`);
  return { ok: true, message: `${STATUS_LABELS[moved.status]}.` };
}

/** Editors give a story an owner and a deadline; both are optional. */
export async function assignArticleAction(boundId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const { denied } = await authorizeAction("articles.publish");
  if (denied) return denied;
  const id = idSchema.safeParse(boundId);
  if (!id.success) return { ok: false, message: "That article does not exist." };
  const parsed = assignmentInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { assigneeId, dueAt } = parsed.data;
  if (assigneeId !== null && !listBylineCandidates().some((c) => c.id === assigneeId)) {
    return { ok: false, message: "Please correct the highlighted fields.", fieldErrors: { assigneeId: ["Choose someone on the writing staff."] } };
  }
  if (!setAssignment(id.data, assigneeId, dueAt)) return { ok: false, message: "That article no longer exists." };
  revalidatePath(`/admin/articles/${id.data}/edit`);
  return { ok: true, message: "Assignment saved." };
}
