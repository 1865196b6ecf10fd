import "server-only";
import { ipHashSalt, trustedProxyHops } from "@/db/config";
import { postComment } from "@/db/queries/comment-posting";
import { isApprovedCommentOf } from "@/db/queries/comments";
import { invalid, type ActionState } from "@/lib/action-state";
import { clientIpFrom, hashIp } from "@/lib/client-ip";
import { COMMENT_RATE_LIMIT, COMMENT_RATE_WINDOW_MS } from "@/lib/comment-policy";
import type { Refusal } from "@/lib/moderation/rules";
import { commentStatusPath } from "@/lib/moderation/status-token";
import { createRateLimiter } from "@/lib/rate-limit";
import { revalidateArticleComments } from "@/lib/revalidate";
import { commentInputSchema } from "@/lib/validation/comment";
import { COMMENT_OUTCOMES, type CommentOutcome } from "./comment-outcomes";

const commentLimiter = createRateLimiter(COMMENT_RATE_LIMIT, COMMENT_RATE_WINDOW_MS);

export type StoredStatus = "approved" | "pending" | "rejected";

/**
 * The usual action state, plus the outcome's code for a redirect or an HTTP status, and for a
 * stored comment its status and the commenter's private status link.
 */
export type CommentSubmission = ActionState & {
  outcome: CommentOutcome;
  status?: StoredStatus;
  statusUrl?: string;
};

function ended(outcome: CommentOutcome, message: string = COMMENT_OUTCOMES[outcome].message): CommentSubmission {
  return { ok: outcome === "received" || outcome === "published", message, outcome };
}

const REFUSALS: Record<Refusal, CommentOutcome> = { closed: "closed", banned: "banned", flood: "flood" };
const STORED: Record<StoredStatus, CommentOutcome> = { approved: "published", pending: "received", rejected: "rejected" };

/**
 * A reader's comment. Readers have no accounts, so there is no permission guard: abuse is held
 * back by validation, a honeypot, a per-address limit, and the moderation rules
 * (lib/moderation), which choose the status; the form never can. The caller has already refused
 * cross-site posts.
 */
export function submitComment(fields: Record<string, string>, headers: Headers, now = new Date()): CommentSubmission {
  const parsed = commentInputSchema.safeParse(fields);
  if (!parsed.success) return { ...invalid(parsed.error), outcome: "invalid" };
  const input = parsed.data;

  const ip = clientIpFrom(headers, trustedProxyHops());
  if (!commentLimiter.hit(`comment:${ip}`)) return ended("rate-limited");
  // A bot filled the hidden field: answer as if all went well so it learns nothing.
  if (input.website) return ended("received");

  // Only a visible comment can be answered; whether the article takes comments is the rules' call.
  if (input.parentId !== null && !isApprovedCommentOf(input.parentId, input.articleId)) return ended("parent-gone");

  const result = postComment(
    {
      articleId: input.articleId,
      parentId: input.parentId,
      authorName: input.name,
      authorEmail: input.email,
      // Browsers send textarea line breaks as CRLF; store them as plain newlines.
      body: input.body.replace(/\r\n?/g, "\n"),
      ipHash: hashIp(ip, ipHashSalt()),
    },
    now,
  );
  if (result.kind === "unavailable") return ended("unavailable");
  const { verdict } = result;
  if (result.kind === "refused") return ended(REFUSALS[verdict.refusal ?? "closed"], verdict.message);

  const status = verdict.outcome as StoredStatus;
  // Published at once, or the story just switched itself to pre-moderation (its form says so):
  // the article's cached page must show it.
  if (status === "approved" || result.surgeStarted) revalidateArticleComments(result.article.slug);
  return { ...ended(STORED[status], verdict.message), status, statusUrl: commentStatusPath(result.statusToken) };
}
