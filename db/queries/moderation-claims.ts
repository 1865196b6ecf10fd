import "server-only";
import { and, eq, lte, or } from "drizzle-orm";
import { db } from "@/db";
import { commentClaims, comments, users } from "@/db/schema";

/** How long opening a comment holds it; the desk re-claims while it stays open. */
export const CLAIM_MS = 2 * 60_000;

export type ClaimResult = { ok: true; expiresAt: Date } | { ok: false; claimedBy: string } | { ok: false; missing: true };

/**
 * Claims a comment for `userId` for two minutes, or extends their claim. One upsert that only
 * overwrites an expired claim or the same person's, so two moderators opening the same comment
 * at once cannot both hold it: the loser is told who has it.
 */
export function claimComment(input: { commentId: number; userId: number; now?: Date }): ClaimResult {
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + CLAIM_MS);
  return db.transaction(() => {
    const exists = db.select({ id: comments.id }).from(comments).where(eq(comments.id, input.commentId)).get();
    if (!exists) return { ok: false, missing: true } as const;
    db.insert(commentClaims)
      .values({ commentId: input.commentId, userId: input.userId, expiresAt })
      .onConflictDoUpdate({
        target: commentClaims.commentId,
        set: { userId: input.userId, expiresAt },
        setWhere: or(eq(commentClaims.userId, input.userId), lte(commentClaims.expiresAt, now)),
      })
      .run();
    const holder = db
      .select({ userId: commentClaims.userId, name: users.name, expiresAt: commentClaims.expiresAt })
      .from(commentClaims)
      .innerJoin(users, eq(users.id, commentClaims.userId))
      .where(eq(commentClaims.commentId, input.commentId))
      .get();
    if (!holder || holder.userId !== input.userId) return { ok: false, claimedBy: holder?.name ?? "another moderator" } as const;
    return { ok: true, expiresAt: holder.expiresAt } as const;
  });
}

/** Lets go of a comment the person moved away from without deciding; others' claims stay. */
export function releaseClaim(input: { commentId: number; userId: number }): void {
  db.delete(commentClaims)
    .where(and(eq(commentClaims.commentId, input.commentId), eq(commentClaims.userId, input.userId)))
    .run();
}
