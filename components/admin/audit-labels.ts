import type { AuditAction } from "@/db/queries/audit";

// Type-only import: the action list lives with recordAudit. Partial on purpose, so a new
// action recorded elsewhere shows under its code until someone names it here.
const LABELS: Partial<Record<AuditAction, string>> = {
  "article.publish": "Article published",
  "article.schedule": "Article scheduled",
  "article.unpublish": "Article unpublished",
  "article.archive": "Article archived",
  "article.delete": "Article deleted",
  "article.restore-revision": "Revision restored",
  "article.correction": "Correction added",
  "article.correction-dismiss": "Correction draft dismissed",
  "comment.delete": "Comment deleted",
  "comment.approve": "Comment approved",
  "comment.reject": "Comment rejected",
  "comment.spam": "Comment marked as spam",
  "comment.feature": "Comment featured or unfeatured",
  "comment.undo": "Comment decision undone",
  "comment.appeal": "Comment appeal decided",
  "comment.ban": "Commenter banned",
  "comment.unban": "Commenter ban lifted",
  "comment.note": "Commenter note",
  "comment.surge": "Comment surge",
  "comment.settings": "Comment settings changed",
  "comment.challenge": "Correction requested from a comment",
  "media.delete": "Image deleted",
  "user.create": "Staff account created",
  "user.role": "Role changed",
  "user.deactivate": "Account deactivated",
  "user.activate": "Account reactivated",
  "user.password-reset": "Password reset by admin",
  "user.password-change": "Own password changed",
  "user.profile": "Profile edited",
  "user.lockout": "Sign-in locked",
  "front-page.update": "Front page changed",
  "breaking.update": "Breaking banner changed",
};

export function auditActionLabel(action: string): string {
  return LABELS[action as AuditAction] ?? action;
}
