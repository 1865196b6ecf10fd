"use server";

import { revalidatePath } from "next/cache";
import { claimComment, releaseClaim } from "@/db/queries/moderation-claims";
import { decideAppeal, decideComment, setFeatured, undoLastDecision, type DecisionResult, type Refusal } from "@/db/queries/moderation-decisions";
import { endSurge, listSurgingArticles } from "@/db/queries/comment-posting";
import { formFields, type ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { revalidateArticleComments } from "@/lib/revalidate";
import { bulkDecisionSchema, commentIdSchema, deskDecisionSchema, type DeskDecision } from "@/lib/moderation-desk/validation";

/** The desk's action state: the outcome, which comment it was about, and what undo would take back. */
export type DeskState = ActionState & { commentId?: number; undoable?: boolean; failedIds?: number[] };

const DONE: Record<DeskDecision, (name: string, kept: boolean) => string> = {
  approved: (name, kept) => (kept ? `Kept the comment by ${name} published.` : `Approved the comment by ${name}.`),
  rejected: (name) => `Rejected the comment by ${name}.`,
  spam: (name) => `Marked the comment by ${name} as spam.`,
  feature: (name) => `Featured the comment by ${name}.`,
  unfeature: (name) => `Unfeatured the comment by ${name}.`,
  undo: (name) => `Undid the last decision on the comment by ${name}.`,
  upheld: (name) => `Kept the comment by ${name} rejected.`,
  overturned: (name) => `Published the comment by ${name} on appeal.`,
};

function refusalMessage(refusal: Refusal): string {
  switch (refusal.why) {
    case "claimed":
      return `Being reviewed by ${refusal.claimedBy}: leave it to them, or wait until they move on.`;
    case "missing":
      return "This comment no longer exists.";
    case "nothing":
      return "There is no decision on this comment that can be undone.";
    default:
      return "This comment was already moderated by someone else.";
  }
}

function refresh(results: DecisionResult[]) {
  // The desk, the comment's page and the commenter's page all show the new state and counts.
  revalidatePath("/admin/comments", "layout");
  const slugs = new Set(results.flatMap((r) => (r.ok && r.readersSeeChange ? [r.slug] : [])));
  for (const slug of slugs) revalidateArticleComments(slug);
}

/**
 * One decision on one comment, from a row's button, a keyboard shortcut or an Undo: approve
 * (or keep), reject with a reason, spam, feature, unfeature, undo, or decide an appeal. The
 * form carries the state the moderator saw, so a stale page never overwrites someone else.
 */
export async function moderateCommentAction(_prev: DeskState, formData: FormData): Promise<DeskState> {
  const { user, denied } = await authorizeAction("comments.moderate");
  if (denied) return denied;
  const parsed = deskDecisionSchema.safeParse(formFields(formData));
  if (!parsed.success) {
    const tooLong = parsed.error.issues.find((i) => i.path[0] === "reason" || i.path[0] === "customReason");
    return { ok: false, message: tooLong?.message ?? "That moderation request was not valid. Reload the page and try again." };
  }
  const { id, expected, decision } = parsed.data;
  const reason = parsed.data.customReason || parsed.data.reason;
  const actorId = user.id;

  const result =
    decision === "approved" || decision === "rejected" || decision === "spam"
      ? decideComment({ id, expected, to: decision, reason, actorId })
      : decision === "feature" || decision === "unfeature"
        ? setFeatured({ id, expected, featured: decision === "feature", actorId })
        : decision === "undo"
          ? undoLastDecision({ id, actorId })
          : decideAppeal({ id, outcome: decision, actorId });
  refresh([result]);
  if (!result.ok) return { ok: false, message: refusalMessage(result), commentId: id };
  const kept = decision === "approved" && result.from === "approved";
  return { ok: true, message: DONE[decision](result.authorName, kept), commentId: id, undoable: decision !== "undo" };
}

/** The same decision on every selected comment; those that moved or are claimed are skipped and named. */
export async function bulkModerateAction(_prev: DeskState, formData: FormData): Promise<DeskState> {
  const { user, denied } = await authorizeAction("comments.moderate");
  if (denied) return denied;
  const parsed = bulkDecisionSchema.safeParse({
    items: formData.getAll("item").filter((v) => typeof v === "string"),
    decision: formData.get("decision"),
    reason: formData.get("reason") ?? "",
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "That bulk request was not valid." };
  const { items, decision, reason } = parsed.data;
  const results = items.map((item) => decideComment({ ...item, to: decision, reason, actorId: user.id }));
  refresh(results);
  const done = results.filter((r) => r.ok).length;
  const failedIds = items.filter((_, i) => !results[i]!.ok).map((i) => i.id);
  const verb = { approved: "Approved", rejected: "Rejected", spam: "Marked as spam" }[decision];
  const skipped = failedIds.length
    ? ` ${failedIds.length} skipped: already moderated, or being reviewed by someone else.`
    : "";
  return { ok: done > 0, message: `${verb} ${done} ${done === 1 ? "comment" : "comments"}.${skipped}`, failedIds };
}

export type ClaimState = { ok: boolean; claimedBy?: string; message?: string };

/** Claims (or re-claims) a comment while the moderator has it open; the desk calls it on focus. */
export async function claimCommentAction(rawId: unknown): Promise<ClaimState> {
  const { user, denied } = await authorizeAction("comments.moderate");
  if (denied) return denied;
  const id = commentIdSchema.safeParse(rawId);
  if (!id.success) return { ok: false, message: "No such comment." };
  const result = claimComment({ commentId: id.data, userId: user.id });
  if (result.ok) return { ok: true };
  return "claimedBy" in result ? { ok: false, claimedBy: result.claimedBy } : { ok: false, message: "No such comment." };
}

/** Lets go of a comment the moderator moved away from without deciding. */
export async function releaseClaimAction(rawId: unknown): Promise<ClaimState> {
  const { user, denied } = await authorizeAction("comments.moderate");
  if (denied) return denied;
  const id = commentIdSchema.safeParse(rawId);
  if (!id.success) return { ok: false, message: "No such comment." };
  releaseClaim({ commentId: id.data, userId: user.id });
  return { ok: true };
}

/** Ends surge protection on a story: its usual moderation mode applies to new comments again. */
export async function endSurgeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("comments.moderate");
  if (denied) return denied;
  const id = commentIdSchema.safeParse(formData.get("articleId"));
  if (!id.success) return { ok: false, message: "No such story." };
  const story = listSurgingArticles().find((a) => a.id === id.data);
  const ended = story ? endSurge(story.id, user.id) : false;
  revalidatePath("/admin/comments", "layout");
  if (!story || !ended) return { ok: false, message: "That story is no longer in surge." };
  // The story's comment form says whether comments are held, so its page changes too.
  revalidateArticleComments(story.slug);
  return { ok: true, message: `Surge ended on “${story.headline}”.` };
}
