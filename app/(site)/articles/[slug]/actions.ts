"use server";

import { headers } from "next/headers";
import { ipHashSalt, trustedProxyHops } from "@/db/config";
import { getCommentTarget } from "@/db/queries/articles";
import { createPendingComment, isApprovedCommentOf } from "@/db/queries/comments";
import { formFields, invalid, type ActionState } from "@/lib/action-state";
import { clientIpFrom, hashIp } from "@/lib/client-ip";
import { COMMENT_AWAITING_MODERATION, COMMENT_RATE_LIMIT, COMMENT_RATE_WINDOW_MS } from "@/lib/comment-policy";
import { createRateLimiter } from "@/lib/rate-limit";
import { commentInputSchema } from "@/lib/validation/comment";

const commentLimiter = createRateLimiter(COMMENT_RATE_LIMIT, COMMENT_RATE_WINDOW_MS);

/**
 * A reader's comment. Readers have no accounts, so there is no permission guard: abuse is held
 * back by validation, a honeypot, a per-address limit, and pre-moderation (the status is always
 * `pending`, chosen here). The public page does not change until a moderator approves, so
 * nothing is revalidated.
 */
export async function submitCommentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = commentInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;

  const ip = clientIpFrom(await headers(), trustedProxyHops());
  if (!commentLimiter.hit(`comment:${ip}`)) {
    return { ok: false, message: "You have posted several comments in a short time. Please wait ten minutes and try again." };
  }
  // A bot filled the hidden field: answer as if all went well so it learns nothing.
  if (input.website) return { ok: true, message: COMMENT_AWAITING_MODERATION };

  const article = getCommentTarget(input.articleId);
  if (!article) return { ok: false, message: "This article is not available for comments." };
  if (!article.commentsOpen) return { ok: false, message: "Comments are closed on this article." };
  if (input.parentId !== null && !isApprovedCommentOf(input.parentId, article.id)) {
    return { ok: false, message: "The comment you are replying to is no longer available." };
  }

  createPendingComment({
    articleId: article.id,
    parentId: input.parentId,
    authorName: input.name,
    authorEmail: input.email,
    // Browsers send textarea line breaks as CRLF; store them as plain newlines.
    body: input.body.replace(/\r\n?/g, "\n"),
    ipHash: hashIp(ip, ipHashSalt()),
  });
  return { ok: true, message: COMMENT_AWAITING_MODERATION };
}
