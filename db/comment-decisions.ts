import { commentDecisions } from "./schema";
import type { DB } from "./client";
import { insertAuditEntry, type AuditAction } from "./audit-entry";

/** What can happen to a comment's moderation state; each is one row of its history. */
export const COMMENT_DECISION_ACTIONS = [
  "approve",
  "reject",
  "spam",
  "feature",
  "unfeature",
  "undo",
  // By a rule, before any person saw the comment.
  "auto-approve",
  "auto-hold",
  "auto-reject",
  "appeal-upheld",
  "appeal-overturned",
] as const;
export type CommentDecisionAction = (typeof COMMENT_DECISION_ACTIONS)[number];

export type CommentDecision = {
  commentId: number;
  articleId: number;
  /** null: a rule or the system. */
  actorId: number | null;
  action: CommentDecisionAction;
  fromStatus: string | null;
  toStatus: string | null;
  reason?: string;
  /** The comment's "to review" flag before the decision, for undo. */
  needsReviewBefore?: boolean;
  /** One line for the site's audit log, e.g. "Rejected a comment by Sam on “Headline”". */
  summary: string;
};

const AUDITED: Partial<Record<CommentDecisionAction, AuditAction>> = {
  approve: "comment.approve",
  reject: "comment.reject",
  spam: "comment.spam",
  feature: "comment.feature",
  unfeature: "comment.feature",
  undo: "comment.undo",
  "appeal-upheld": "comment.appeal",
  "appeal-overturned": "comment.appeal",
};

/**
 * Records one decision in the comment's history and, for a person's decision, in the site's
 * audit log next to the editorial actions. Call inside the transaction that made the change.
 */
export function recordCommentDecision(database: DB, decision: CommentDecision, now = new Date()): number {
  const row = database
    .insert(commentDecisions)
    .values({
      commentId: decision.commentId,
      actorId: decision.actorId,
      action: decision.action,
      fromStatus: decision.fromStatus,
      toStatus: decision.toStatus,
      reason: decision.reason ?? "",
      needsReviewBefore: decision.needsReviewBefore ?? null,
      createdAt: now,
    })
    .returning({ id: commentDecisions.id })
    .get();
  const audited = AUDITED[decision.action];
  if (audited && decision.actorId !== null) {
    insertAuditEntry(database, {
      actorId: decision.actorId,
      action: audited,
      targetType: "comment",
      targetId: decision.commentId,
      articleId: decision.articleId,
      summary: decision.reason ? `${decision.summary} (${decision.reason})` : decision.summary,
    });
  }
  return row.id;
}
