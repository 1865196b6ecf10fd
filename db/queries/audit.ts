import "server-only";
import { db } from "@/db";
import { auditLog } from "@/db/schema";

/** What the audit log records; the page filters by these. */
export const AUDIT_ACTIONS = [
  "article.publish",
  "article.schedule",
  "article.unpublish",
  "article.archive",
  "article.delete",
  "article.restore-revision",
  "article.correction",
  "comment.delete",
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

/** Appends one entry. Call it after the change it describes has been written. */
export function recordAudit(entry: {
  actorId: number | null;
  action: AuditAction;
  targetType: "article" | "comment" | "media" | "user" | "site";
  targetId?: number | null;
  summary: string;
}): void {
  db.insert(auditLog)
    .values({ ...entry, targetId: entry.targetId ?? null })
    .run();
}
