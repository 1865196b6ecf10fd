import "server-only";
import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { articles, scheduledUpdates, users } from "@/db/schema";
import { insertRevision } from "./article-snapshot";

// Prepared new versions of live stories. Readers keep the current text until `publish_at`; the
// first read after that swaps it in (see applyDueScheduledUpdates), so nothing has to be running.

/** The fields a scheduled update replaces: the text readers see. */
export const updateSnapshotSchema = z.object({ headline: z.string(), dek: z.string(), body: z.string() });
export type UpdateSnapshot = z.infer<typeof updateSnapshotSchema>;

export type PendingUpdate = { id: number; publishAt: Date; headline: string; createdByName: string | null };

export function scheduleUpdate(input: { articleId: number; snapshot: UpdateSnapshot; publishAt: Date; createdById: number }): number {
  return db.insert(scheduledUpdates).values(input).returning({ id: scheduledUpdates.id }).get().id;
}

export function listPendingUpdates(articleId: number): PendingUpdate[] {
  return db
    .select({ id: scheduledUpdates.id, publishAt: scheduledUpdates.publishAt, snapshot: scheduledUpdates.snapshot, createdByName: users.name })
    .from(scheduledUpdates)
    .leftJoin(users, eq(users.id, scheduledUpdates.createdById))
    .where(and(eq(scheduledUpdates.articleId, articleId), isNull(scheduledUpdates.appliedAt)))
    .orderBy(asc(scheduledUpdates.publishAt))
    .all()
    .map(({ snapshot, ...row }) => ({ ...row, headline: updateSnapshotSchema.parse(snapshot).headline }));
}

/** Cancels a pending update; false when it was already applied or never existed. */
export function cancelScheduledUpdate(id: number, articleId: number): boolean {
  return (
    db
      .delete(scheduledUpdates)
      .where(and(eq(scheduledUpdates.id, id), eq(scheduledUpdates.articleId, articleId), isNull(scheduledUpdates.appliedAt)))
      .run().changes > 0
  );
}

const anyDue = db
  .select({ id: scheduledUpdates.id })
  .from(scheduledUpdates)
  .where(and(isNull(scheduledUpdates.appliedAt), lte(scheduledUpdates.publishAt, sql.placeholder("now"))))
  .limit(1)
  .prepare();

/**
 * Swaps in every update whose time has come, oldest first, each in its own transaction. Cheap
 * when nothing is due (one indexed lookup), so reader pages call it before they read.
 */
export function applyDueScheduledUpdates(now = new Date()): number {
  if (!anyDue.get({ now: Math.floor(now.getTime() / 1000) })) return 0;
  const due = db
    .select({
      id: scheduledUpdates.id,
      articleId: scheduledUpdates.articleId,
      snapshot: scheduledUpdates.snapshot,
      publishAt: scheduledUpdates.publishAt,
      createdById: scheduledUpdates.createdById,
    })
    .from(scheduledUpdates)
    .where(and(isNull(scheduledUpdates.appliedAt), lte(scheduledUpdates.publishAt, now)))
    .orderBy(asc(scheduledUpdates.publishAt))
    .all();
  let applied = 0;
  for (const update of due) {
    const snapshot = updateSnapshotSchema.parse(update.snapshot);
    db.transaction((tx) => {
      // Claiming the row first means two concurrent renders cannot both apply it.
      const claimed = tx
        .update(scheduledUpdates)
        .set({ appliedAt: now })
        .where(and(eq(scheduledUpdates.id, update.id), isNull(scheduledUpdates.appliedAt)))
        .run().changes;
      if (!claimed) return;
      tx.update(articles)
        .set({ ...snapshot, updatedAt: update.publishAt, version: sql`${articles.version} + 1` })
        .where(eq(articles.id, update.articleId))
        .run();
      // The swap is a save like any other: the history must show it.
      insertRevision(tx, { articleId: update.articleId, authorId: update.createdById, note: "Scheduled update went live", now });
      applied++;
    });
  }
  return applied;
}
