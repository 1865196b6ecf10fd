import "server-only";
import { formFields } from "@/lib/action-state";
import { COMMENT_OUTCOMES, commentReturnPath, type CommentOutcome } from "./comment-outcomes";
import { isSameOriginPost } from "./same-origin";
import { submitComment, type CommentSubmission } from "./submit-comment";

/** A name, an email and 5,000 characters of comment fit many times over, even as multipart. */
export const MAX_COMMENT_POST_BYTES = 64 * 1024;

export const COMMENT_RECEIVED_PATH = "/comments/received";

/**
 * POST /api/comments. reader.js sends `Accept: application/json` and gets `{ ok, message,
 * fieldErrors? }` with a fitting status; a plain form post (no JavaScript) is answered with a 303
 * to the "received" page, carrying only an outcome code and a checked return path.
 */
export async function handleCommentPost(request: Request): Promise<Response> {
  const json = wantsJson(request.headers);
  if (!isSameOriginPost(request.headers)) {
    const { status, message } = COMMENT_OUTCOMES["cross-site"];
    return json
      ? Response.json({ ok: false, message }, { status })
      : new Response(message, { status, headers: TEXT });
  }

  const fields = await readFields(request);
  const result: CommentSubmission = fields ? submitComment(fields, request.headers) : tooLarge();
  if (json) {
    const { ok, message, fieldErrors } = result;
    return Response.json({ ok, message, fieldErrors }, { status: COMMENT_OUTCOMES[result.outcome].status });
  }
  const query = new URLSearchParams({ outcome: result.outcome, to: commentReturnPath(fields?.returnTo) });
  return new Response(null, { status: 303, headers: { Location: `${COMMENT_RECEIVED_PATH}?${query}` } });
}

const TEXT = { "Content-Type": "text/plain; charset=utf-8" };

function wantsJson(headers: Headers): boolean {
  return (headers.get("accept") ?? "").includes("application/json");
}

function tooLarge(): CommentSubmission {
  const outcome: CommentOutcome = "too-large";
  return { ok: false, message: COMMENT_OUTCOMES[outcome].message, outcome };
}

/** The form's text fields, or null when the body is over the limit (checked while reading). */
async function readFields(request: Request): Promise<Record<string, string> | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_COMMENT_POST_BYTES) return null;
  const bytes = await readCapped(request, MAX_COMMENT_POST_BYTES);
  if (!bytes) return null;
  const contentType = request.headers.get("content-type") ?? "";
  try {
    return formFields(await new Response(bytes, { headers: { "Content-Type": contentType } }).formData());
  } catch {
    // Not a form at all: every field is missing, which validation reports.
    return {};
  }
}

/** The body, or null past `max` bytes: a chunked upload has no length to check first. */
async function readCapped(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
