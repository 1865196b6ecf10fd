import { z } from "zod";
// Server-side only, like the audit page that uses it: the action list lives with recordAudit.
import { AUDIT_ACTIONS } from "@/db/queries/audit";

/** A calendar day as <input type="date"> sends it; 2025-02-30 and the like are refused. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => {
    const date = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
  });

/**
 * The audit page's URL state (?action=&actor=&from=&to=&story=&comment=&page=). Anything unreadable falls back
 * to "no filter" or the first page rather than an error; a reversed range is put right.
 */
export const auditQuerySchema = z
  .object({
    action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
    actor: z.coerce.number().int().positive().optional().catch(undefined),
    from: day.optional().catch(undefined),
    to: day.optional().catch(undefined),
    story: z.coerce.number().int().positive().max(2 ** 31).optional().catch(undefined),
    comment: z.coerce.number().int().positive().max(2 ** 31).optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
  })
  .transform((q) => (q.from && q.to && q.from > q.to ? { ...q, from: q.to, to: q.from } : q));
export type AuditQuery = z.infer<typeof auditQuerySchema>;
