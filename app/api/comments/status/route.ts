import { getCommentByStatusToken } from "@/db/queries/comment-reader";
import { readerStatusOf } from "@/lib/comments/status-view";

const PRIVATE = { "Cache-Control": "private, no-store" };

/**
 * GET /api/comments/status?token=…: where a comment stands, for reader.js to mark a returning
 * commenter's own pending comments. `{ status, reason, url }`; url is the permalink once published.
 */
export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const comment = getCommentByStatusToken(token);
  if (!comment)
    return Response.json({ status: null, reason: "", url: null }, { status: 404, headers: PRIVATE });
  const status = readerStatusOf(comment.status);
  return Response.json(
    {
      status,
      reason: status === "rejected" ? comment.reason : "",
      url: status === "approved" && comment.article.live ? `/comments/${comment.id}` : null,
    },
    { headers: PRIVATE },
  );
}
