import "server-only";
import { z } from "zod";
import { appealRejection, isStatusTokenShape, type AppealResult } from "@/db/queries/comment-reader";
import { clientIpFrom } from "@/lib/client-ip";
import { createRateLimiter } from "@/lib/rate-limit";
import { readSmallForm, wantsJson } from "./read-form";
import { isSameOriginPost } from "./same-origin";

export const MAX_APPEAL_LENGTH = 500;

export const APPEAL_OUTCOMES = {
  appealed: {
    status: 200,
    message:
      "Your appeal has been sent. A moderator will look at the decision again; check back on this page.",
  },
  "already-appealed": {
    status: 409,
    message: "You have already appealed this decision. A comment can be appealed once.",
  },
  "not-rejected": { status: 409, message: "Only a rejected comment can be appealed." },
  "not-found": { status: 404, message: "This status link is not valid. Check that you copied all of it." },
  invalid: { status: 400, message: "Write a short message for the moderators, up to 500 characters." },
  limited: {
    status: 429,
    message: "Too many attempts in a short time. Please wait a few minutes and try again.",
  },
  "cross-site": { status: 403, message: "Appeals can only be sent from this site's pages." },
} as const satisfies Record<
  AppealResult | "invalid" | "limited" | "cross-site",
  { status: number; message: string }
>;
export type AppealPostOutcome = keyof typeof APPEAL_OUTCOMES;

export function isAppealOutcome(value: string | undefined): value is AppealPostOutcome {
  return value !== undefined && Object.hasOwn(APPEAL_OUTCOMES, value);
}

const limiter = createRateLimiter(10, 10 * 60_000);

const appealSchema = z.object({
  token: z.string().refine(isStatusTokenShape, "This status link is not valid."),
  message: z
    .string()
    .trim()
    .min(1, "Write a short message for the moderators.")
    .max(MAX_APPEAL_LENGTH, `Keep your message to ${MAX_APPEAL_LENGTH} characters.`),
});

/**
 * POST /api/comments/appeal, from the private status page: the token in the body proves the
 * commenter holds the link. JSON for reader.js; a plain form post gets a 303 back to the page.
 */
export async function handleAppealPost(request: Request): Promise<Response> {
  const json = wantsJson(request.headers);
  let token = "";
  const answer = (outcome: AppealPostOutcome, fieldErrors?: Record<string, string[]>) => {
    const { status, message } = APPEAL_OUTCOMES[outcome];
    if (json) return Response.json({ ok: outcome === "appealed", message, fieldErrors }, { status });
    if (!isStatusTokenShape(token) || outcome === "cross-site")
      return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    return new Response(null, {
      status: 303,
      headers: { Location: `/comments/status/${token}?appeal=${outcome}` },
    });
  };
  if (!isSameOriginPost(request.headers)) return answer("cross-site");
  const fields = (await readSmallForm(request, 8 * 1024)) ?? {};
  token = fields.token ?? "";
  if (!limiter.hit(clientIpFrom(request.headers))) return answer("limited");
  const parsed = appealSchema.safeParse(fields);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return answer(
      parsed.error.issues.some((i) => i.path[0] === "token") ? "not-found" : "invalid",
      fieldErrors,
    );
  }
  return answer(appealRejection(parsed.data.token, parsed.data.message));
}
