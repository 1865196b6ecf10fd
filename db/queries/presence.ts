import "server-only";
import { and, desc, eq, gte, ne } from "drizzle-orm";
import { db } from "@/db";
import { editorPresence, users } from "@/db/schema";

// Who has an article open in the editor: each open editor sends a heartbeat every half minute,
// and anyone not heard from for a minute has left. One row per (article, person), overwritten.

export const PRESENCE_WINDOW_MS = 60_000;

/** Records that `userId` has the article open now. */
export function touchPresence(articleId: number, userId: number, now = new Date()): void {
  db.insert(editorPresence)
    .values({ articleId, userId, seenAt: now })
    .onConflictDoUpdate({ target: [editorPresence.articleId, editorPresence.userId], set: { seenAt: now } })
    .run();
}

/** Other people seen in the editor of this article within the last minute, most recent first. */
export function listOtherEditors(articleId: number, userId: number, now = new Date()): Array<{ id: number; name: string }> {
  return db
    .select({ id: users.id, name: users.name })
    .from(editorPresence)
    .innerJoin(users, eq(users.id, editorPresence.userId))
    .where(
      and(
        eq(editorPresence.articleId, articleId),
        ne(editorPresence.userId, userId),
        gte(editorPresence.seenAt, new Date(now.getTime() - PRESENCE_WINDOW_MS)),
      ),
    )
    .orderBy(desc(editorPresence.seenAt))
    .all();
}

/** Forgets `userId` on this article, when they close the editor. */
export function leavePresence(articleId: number, userId: number): void {
  db.delete(editorPresence)
    .where(and(eq(editorPresence.articleId, articleId), eq(editorPresence.userId, userId)))
    .run();
}
