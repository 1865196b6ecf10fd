import { COMMENT_AWAITING_MODERATION, COMMENT_PUBLISHED } from "@/lib/comment-policy";
import { BANNED_MESSAGE } from "@/lib/moderation/rules";
import { safeReturnPath } from "@/lib/safe-return-path";
import { SLUG_PATTERN } from "@/lib/validation/article";

/**
 * Every way a comment post can end. The key is what a no-JavaScript post carries to the
 * "received" page in its query string, so no free text ever travels in a URL; the status is the
 * HTTP answer to a script's JSON request.
 */
export const COMMENT_OUTCOMES = {
  /** Stored and waiting for a moderator. */
  received: { status: 200, message: COMMENT_AWAITING_MODERATION },
  published: { status: 200, message: COMMENT_PUBLISHED },
  /** Stored as rejected by a rule; the status link tells the reason. */
  rejected: { status: 422, message: "Your comment could not be published." },
  banned: { status: 403, message: BANNED_MESSAGE },
  flood: {
    status: 429,
    message: "You have posted several comments in a short time. Please wait a little and try again.",
  },
  invalid: { status: 400, message: "Please correct the highlighted fields." },
  unavailable: { status: 400, message: "This article is not available for comments." },
  closed: { status: 400, message: "Comments are closed on this article." },
  "parent-gone": { status: 400, message: "The comment you are replying to is no longer available." },
  "too-large": { status: 413, message: "This comment is too long to send." },
  "cross-site": { status: 403, message: "Comments can only be posted from The Gazette's own pages." },
  "rate-limited": {
    status: 429,
    message: "You have posted several comments in a short time. Please wait ten minutes and try again.",
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type CommentOutcome = keyof typeof COMMENT_OUTCOMES;

export function isCommentOutcome(value: unknown): value is CommentOutcome {
  return typeof value === "string" && Object.hasOwn(COMMENT_OUTCOMES, value);
}

/**
 * Where the "received" page links back to: an article's own address or the front page. Stricter
 * than safeReturnPath alone, because the value round-trips through a query string anyone can edit.
 */
export function commentReturnPath(value: string | null | undefined): string {
  const path = safeReturnPath(value, "/");
  const slug = path.startsWith("/articles/") ? path.slice("/articles/".length) : "";
  return slug.length <= 100 && SLUG_PATTERN.test(slug) ? path : "/";
}
