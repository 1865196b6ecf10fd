import "server-only";
import { z } from "zod";
import { ipHashSalt } from "@/db/config";
import { reportComment } from "@/db/queries/comment-reader";
import { REPORT_REASONS } from "@/db/schema";
import { clientIpFrom, hashIp } from "@/lib/client-ip";
import { createRateLimiter } from "@/lib/rate-limit";
import { readSmallForm, wantsJson } from "./read-form";
import { isSameOriginPost } from "./same-origin";

export const REPORT_OUTCOMES = {
  reported: { status: 200, message: "Thank you. A moderator will look at this comment." },
  repeat: { status: 200, message: "You have already reported this comment. A moderator will look at it." },
  "not-found": { status: 404, message: "This comment can no longer be reported." },
  invalid: { status: 400, message: "Choose why you are reporting this comment." },
  limited: {
    status: 429,
    message: "You have sent many reports in a short time. Please wait a few minutes and try again.",
  },
  "cross-site": { status: 403, message: "Reports can only be sent from this site's pages." },
} as const;
export type ReportPostOutcome = keyof typeof REPORT_OUTCOMES;

export function isReportOutcome(value: string | undefined): value is ReportPostOutcome {
  return value !== undefined && Object.hasOwn(REPORT_OUTCOMES, value);
}

/** Enough reports for a reader working through a bad thread, too few to flood the queue. */
const limiter = createRateLimiter(20, 10 * 60_000);

const reportSchema = z.object({
  commentId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  reason: z.enum(REPORT_REASONS, { error: "Choose why you are reporting this comment." }),
  detail: z.string().trim().max(500, "Keep the details to 500 characters.").default(""),
});

/**
 * POST /api/comments/report. reader.js asks for JSON and gets `{ ok, message, fieldErrors? }`; a
 * plain form post is answered with a 303 to the comment's report page, which shows the outcome.
 * The reporter is known only by a salted hash of their address, so a repeat counts once.
 */
export async function handleReportPost(request: Request): Promise<Response> {
  const json = wantsJson(request.headers);
  const answer = (outcome: ReportPostOutcome, commentId?: number, fieldErrors?: Record<string, string[]>) => {
    const { status, message } = REPORT_OUTCOMES[outcome];
    const ok = outcome === "reported" || outcome === "repeat";
    if (json) return Response.json({ ok, message, fieldErrors }, { status });
    if (!commentId || outcome === "cross-site") return new Response(message, { status, headers: TEXT });
    return new Response(null, {
      status: 303,
      headers: { Location: `/comments/${commentId}/report?outcome=${outcome}` },
    });
  };
  if (!isSameOriginPost(request.headers)) return answer("cross-site");
  const ip = clientIpFrom(request.headers);
  const fields = (await readSmallForm(request, 8 * 1024)) ?? {};
  const parsed = reportSchema.safeParse(fields);
  const commentId = parsed.success ? parsed.data.commentId : Number(fields.commentId) || undefined;
  if (!limiter.hit(ip)) return answer("limited", commentId);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return answer("invalid", Number.isSafeInteger(commentId) ? commentId : undefined, fieldErrors);
  }
  const outcome = reportComment({ ...parsed.data, reporterHash: hashIp(ip, ipHashSalt()) });
  return answer(outcome, parsed.data.commentId);
}

const TEXT = { "Content-Type": "text/plain; charset=utf-8" };
