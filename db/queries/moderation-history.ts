import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db";
import { commentDecisions, users } from "@/db/schema";

// A comment's moderation history, as the desk and the comment's page show it.

export type DecisionEntry = {
  id: number;
  action: string;
  actorName: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string;
  createdAt: Date;
  undone: boolean;
};

const actor = alias(users, "actor");

/** Each comment's decisions, newest first, with who made them. */
export function listDecisionsFor(ids: number[]): Map<number, DecisionEntry[]> {
  const map = new Map<number, DecisionEntry[]>();
  if (ids.length === 0) return map;
  const rows = db
    .select({
      id: commentDecisions.id,
      commentId: commentDecisions.commentId,
      action: commentDecisions.action,
      actorId: commentDecisions.actorId,
      actorName: actor.name,
      fromStatus: commentDecisions.fromStatus,
      toStatus: commentDecisions.toStatus,
      reason: commentDecisions.reason,
      createdAt: commentDecisions.createdAt,
      undoneAt: commentDecisions.undoneAt,
    })
    .from(commentDecisions)
    .leftJoin(actor, eq(actor.id, commentDecisions.actorId))
    .where(inArray(commentDecisions.commentId, ids))
    .orderBy(desc(commentDecisions.id))
    .all();
  for (const { commentId, undoneAt, actorId, actorName, ...row } of rows) {
    const list = map.get(commentId) ?? [];
    // A person whose account is gone still made the decision: keep it apart from a rule's.
    list.push({ ...row, actorName: actorId === null ? null : (actorName ?? "Former staff"), undone: undoneAt !== null });
    map.set(commentId, list);
  }
  return map;
}
