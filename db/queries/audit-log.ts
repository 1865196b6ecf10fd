import "server-only";
import { and, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db";
import { articles, auditLog, users } from "@/db/schema";

// Reading the audit log (writing is recordAudit in ./audit.ts). Filters arrive already parsed.

export const AUDIT_PAGE_SIZE = 25;

export type AuditFilter = {
  action?: string;
  actorId?: number;
  /** Calendar days (YYYY-MM-DD, UTC), both inclusive. */
  from?: string;
  to?: string;
  page: number;
};

/** One line of the log as the page shows it: names resolved, nothing else about anyone. */
export type AuditRow = {
  id: number;
  action: string;
  summary: string;
  createdAt: Date;
  /** Null when no person did it (a lockout) or the account no longer exists. */
  actor: { id: number; name: string } | null;
  targetType: string;
  targetId: number | null;
  /** The target's current name or headline, when it still exists. */
  targetLabel: string | null;
};

export type AuditPage = { rows: AuditRow[]; total: number; page: number; pageCount: number };

const actor = alias(users, "actor");
const targetUser = alias(users, "target_user");
const DAY_MS = 86_400_000;

function conditions(filter: AuditFilter): SQL | undefined {
  return and(
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.from ? gte(auditLog.createdAt, new Date(`${filter.from}T00:00:00Z`)) : undefined,
    filter.to ? lt(auditLog.createdAt, new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS)) : undefined,
  );
}

/** Newest first. A page past the end shows the last page, so a stale link still lands somewhere. */
export function listAuditEntries(filter: AuditFilter): AuditPage {
  const where = conditions(filter);
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      summary: auditLog.summary,
      createdAt: auditLog.createdAt,
      actorId: actor.id,
      actorName: actor.name,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      targetLabel: sql<string | null>`coalesce(${targetUser.name}, ${articles.headline})`,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(targetUser, and(eq(auditLog.targetType, "user"), eq(targetUser.id, auditLog.targetId)))
    .leftJoin(articles, and(eq(auditLog.targetType, "article"), eq(articles.id, auditLog.targetId)))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  return {
    rows: rows.map(({ actorId, actorName, ...row }) => ({
      ...row,
      actor: actorId !== null && actorName !== null ? { id: actorId, name: actorName } : null,
    })),
    total,
    page,
    pageCount,
  };
}
