import { z } from "zod";
import { COMMENT_STATUSES } from "@/db/schema";

export const commentInputSchema = z.object({
  articleId: z.coerce.number().int().positive("This comment is not attached to an article."),
  parentId: z
    .union([z.literal(""), z.coerce.number().int().positive()])
    .optional()
    .transform((v) => (typeof v === "number" ? v : null)),
  name: z.string().trim().min(1, "Enter your name.").max(80, "Keep your name under 80 characters."),
  email: z.email("Enter a valid email address.").max(254).transform((e) => e.toLowerCase()),
  body: z
    .string()
    .trim()
    .min(2, "Write a comment first.")
    .max(5000, "Keep your comment under 5,000 characters."),
  /** Honeypot: hidden from people, filled in by naive bots. */
  website: z.string().max(500).optional().default(""),
});
export type CommentInput = z.infer<typeof commentInputSchema>;

export const MODERATION_DECISIONS = ["approved", "rejected", "spam"] as const;
export const moderationSchema = z.object({
  id: z.coerce.number().int().positive(),
  decision: z.enum(MODERATION_DECISIONS),
});

/**
 * A moderator's one-click decision: the comment, the state they saw it in (so a decision made
 * on a stale page cannot overwrite someone else's) and the new state. All of it comes from the client.
 */
export const moderationDecisionSchema = moderationSchema
  .extend({ expected: z.enum(COMMENT_STATUSES) })
  .refine((v) => v.expected !== v.decision, { message: "That comment already has this status.", path: ["decision"] });
export type ModerationDecision = z.infer<typeof moderationDecisionSchema>;

/** The queue's tab from `?status=`: anything unknown falls back to the pending queue. */
export const moderationStatusParam = z.enum(COMMENT_STATUSES).catch("pending");
