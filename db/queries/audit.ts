import "server-only";
import { db } from "@/db";
import { insertAuditEntry, type AuditEntry } from "@/db/audit-entry";

export { AUDIT_ACTIONS, type AuditAction } from "@/db/audit-entry";

/** Appends one entry. Call it after the change it describes has been written. */
export function recordAudit(entry: AuditEntry): void {
  insertAuditEntry(db, entry);
}
