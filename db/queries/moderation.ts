import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { COMMENT_STATUSES, comments, type CommentStatus } from "@/db/schema";

// The dashboard's and the nav's quick counts. The desk's queues, decisions, claims and
// commenters live in ./moderation-*.ts.

/** How many comments sit in each moderation state; the pending count is the queue length. */
export function countCommentsByStatus(): Record<CommentStatus, number> {
  const counts = Object.fromEntries(COMMENT_STATUSES.map((s) => [s, 0])) as Record<CommentStatus, number>;
  const rows = db
    .select({ status: comments.status, n: sql<number>`count(*)` })
    .from(comments)
    .groupBy(comments.status)
    .all();
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}
