import "server-only";
import { COMMENT_OUTCOMES, commentReturnPath, type CommentOutcome } from "./comment-outcomes";
import { readSmallForm, wantsJson } from "./read-form";
import { isSameOriginPost } from "./same-origin";
import { submitComment, type CommentSubmission } from "./submit-comment";

/** A name, an email and 5,000 characters of comment fit many times over, even as multipart. */
export const MAX_COMMENT_POST_BYTES = 64 * 1024;

export const COMMENT_RECEIVED_PATH = "/comments/received";

/**
 * POST /api/comments. reader.js sends `Accept: application/json` and gets `{ ok, message,
 * fieldErrors?, status?, statusUrl? }` with a fitting status; a plain form post (no JavaScript)
 * is answered with a 303 to the comment's private status page when it was stored, else to the
 * "received" page, carrying only an outcome code and a checked return path.
 */
export async function handleCommentPost(request: Request): Promise<Response> {
  const json = wantsJson(request.headers);
  if (!isSameOriginPost(request.headers)) {
    const { status, message } = COMMENT_OUTCOMES["cross-site"];
    return json
      ? Response.json({ ok: false, message }, { status })
      : new Response(message, { status, headers: TEXT });
  }

  const fields = await readSmallForm(request, MAX_COMMENT_POST_BYTES);
  const result: CommentSubmission = fields ? submitComment(fields, request.headers) : tooLarge();
  if (json) {
    const { ok, message, fieldErrors, status, statusUrl } = result;
    return Response.json(
      { ok, message, fieldErrors, status, statusUrl },
      { status: COMMENT_OUTCOMES[result.outcome].status },
    );
  }
  // A stored comment: its private status page says what happened and links back to the story.
  if (result.statusUrl) return new Response(null, { status: 303, headers: { Location: result.statusUrl } });
  const query = new URLSearchParams({ outcome: result.outcome, to: commentReturnPath(fields?.returnTo) });
  return new Response(null, { status: 303, headers: { Location: `${COMMENT_RECEIVED_PATH}?${query}` } });
}

const TEXT = { "Content-Type": "text/plain; charset=utf-8" };


function tooLarge(): CommentSubmission {
  const outcome: CommentOutcome = "too-large";
  return { ok: false, message: COMMENT_OUTCOMES[outcome].message, outcome };
}
