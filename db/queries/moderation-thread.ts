import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { comments, type CommentStatus } from "@/db/schema";

export type ThreadComment = { id: number; authorName: string; body: string; status: CommentStatus; createdAt: Date; parentId: number | null };

const threadColumns = {
  id: comments.id,
  authorName: comments.authorName,
  body: comments.body,
  status: comments.status,
  createdAt: comments.createdAt,
  parentId: comments.parentId,
};

/**
 * A comment's context for staff: the chain of comments it replies to (root first) and the
 * replies to it, whatever their status.
 */
export function getCommentThread(id: number): { ancestors: ThreadComment[]; replies: ThreadComment[] } {
  const ancestors: ThreadComment[] = [];
  let parentId = db.select({ parentId: comments.parentId }).from(comments).where(eq(comments.id, id)).get()?.parentId ?? null;
  // Bounded walk: a thread deeper than this is shown from its 20th ancestor.
  for (let depth = 0; parentId !== null && depth < 20; depth++) {
    const row = db.select(threadColumns).from(comments).where(eq(comments.id, parentId)).get();
    if (!row) break;
    ancestors.unshift(row);
    parentId = row.parentId;
  }
  const replies = db
    .select(threadColumns)
    .from(comments)
    .where(eq(comments.parentId, id))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .all();
  return { ancestors, replies };
}
