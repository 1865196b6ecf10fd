import "server-only";
import { ipHashSalt, trustedProxyHops } from "@/db/config";
import { getCommentTarget } from "@/db/queries/articles";
import { createPendingComment, isApprovedCommentOf } from "@/db/queries/comments";
import { invalid, type ActionState } from "@/lib/action-state";
import { clientIpFrom, hashIp } from "@/lib/client-ip";
import { COMMENT_RATE_LIMIT, COMMENT_RATE_WINDOW_MS } from "@/lib/comment-policy";
import { createRateLimiter } from "@/lib/rate-limit";
import { commentInputSchema } from "@/lib/validation/comment";
import { COMMENT_OUTCOMES, type CommentOutcome } from "./comment-outcomes";

const commentLimiter = createRateLimiter(COMMENT_RATE_LIMIT, COMMENT_RATE_WINDOW_MS);

/** The usual action state, plus the outcome's code for a redirect or an HTTP status. */
export type CommentSubmission = ActionState & { outcome: CommentOutcome };

function ended(outcome: CommentOutcome): CommentSubmission {
  return { ok: outcome === "received", message: COMMENT_OUTCOMES[outcome].message, outcome };
}

/**
 * A reader's comment. Readers have no accounts, so there is no permission guard: abuse is held
 * back by validation, a honeypot, a per-address limit, and pre-moderation (the status is always
 * `pending`, chosen here). The public page does not change until a moderator approves, so
 * nothing is revalidated. The caller has already refused cross-site posts.
 */
export function submitComment(fields: Record<string, string>, headers: Headers): CommentSubmission {
  const parsed = commentInputSchema.safeParse(fields);
  if (!parsed.success) return { ...invalid(parsed.error), outcome: "invalid" };
  const input = parsed.data;

  const ip = clientIpFrom(headers, trustedProxyHops());
  if (!commentLimiter.hit(`comment:${ip}`)) return ended("rate-limited");
  // A bot filled the hidden field: answer as if all went well so it learns nothing.
  if (input.website) return ended("received");

  const article = getCommentTarget(input.articleId);
  if (!article) return ended("unavailable");
  if (!article.commentsOpen) return ended("closed");
  if (input.parentId !== null && !isApprovedCommentOf(input.parentId, article.id))
    return ended("parent-gone");

  createPendingComment({
    articleId: article.id,
    parentId: input.parentId,
    authorName: input.name,
    authorEmail: input.email,
    // Browsers send textarea line breaks as CRLF; store them as plain newlines.
    body: input.body.replace(/\r\n?/g, "\n"),
    ipHash: hashIp(ip, ipHashSalt()),
  });
  return ended("received");
}
