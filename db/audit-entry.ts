import type { DB, Tx } from "./client";
import { auditLog } from "./schema";

/** What the audit log records; the page filters by these. */
export const AUDIT_ACTIONS = [
  "article.publish",
  "article.schedule",
  "article.unpublish",
  "article.archive",
  "article.delete",
  "article.restore-revision",
  "article.correction",
  "article.correction-dismiss",
  "comment.delete",
  "comment.approve",
  "comment.reject",
  "comment.spam",
  "comment.feature",
  "comment.undo",
  "comment.appeal",
  "comment.ban",
  "comment.unban",
  "comment.note",
  "comment.surge",
  "comment.settings",
  "comment.challenge",
  "media.delete",
  "user.create",
  "user.role",
  "user.deactivate",
  "user.activate",
  "user.password-reset",
  "user.password-change",
  "user.profile",
  "user.lockout",
  "front-page.update",
  "breaking.update",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  /** null for the system or the command line. */
  actorId: number | null;
  action: AuditAction;
  targetType: "article" | "comment" | "media" | "user" | "site";
  targetId?: number | null;
  /** The story concerned (an article, or one a comment is on), for filtering the log by story. */
  articleId?: number | null;
  summary: string;
};

/**
 * Appends one entry through the given connection: the app's (db/queries/audit.ts) or the staff
 * command line's own (scripts/users.ts), so changes made from a shell are on the record too.
 */
export function insertAuditEntry(database: DB | Tx, entry: AuditEntry): void {
  database
    .insert(auditLog)
    .values({ ...entry, targetId: entry.targetId ?? null, articleId: entry.articleId ?? null })
    .run();
}
