import type { CommentStatus } from "@/db/schema";

/** What a commenter is told: spam is a rejection as far as they can see. */
export type ReaderCommentStatus = "pending" | "approved" | "rejected";

export function readerStatusOf(status: CommentStatus): ReaderCommentStatus {
  return status === "spam" ? "rejected" : status;
}
