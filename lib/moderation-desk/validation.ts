import { z } from "zod";
import { COMMENT_STATUSES } from "@/db/schema";
import { MAX_REASON_LENGTH } from "./reasons";

// Everything a desk form or call sends comes from the client: ids, the state the moderator saw,
// the decision and its reason are all validated here before any query runs.

export const commentIdSchema = z.coerce.number().int().positive().max(2 ** 31);

export const DESK_DECISIONS = [
  "approved",
  "rejected",
  "spam",
  "feature",
  "unfeature",
  "undo",
  "upheld",
  "overturned",
] as const;
export type DeskDecision = (typeof DESK_DECISIONS)[number];

const reason = z
  .string()
  .trim()
  .max(MAX_REASON_LENGTH, `Keep the reason under ${MAX_REASON_LENGTH} characters.`)
  .optional()
  .default("");

/** One decision on one comment, from a row's form, a shortcut or the undo button. */
export const deskDecisionSchema = z.object({
  id: commentIdSchema,
  expected: z.enum(COMMENT_STATUSES),
  decision: z.enum(DESK_DECISIONS),
  reason,
  /** "Other" in the reason picker: the typed reason wins over the listed one. */
  customReason: reason,
});
export type DeskDecisionInput = z.infer<typeof deskDecisionSchema>;

/** "12:pending": a bulk item, the comment and the state the moderator saw it in. */
const bulkItem = z
  .string()
  .regex(/^\d{1,10}:[a-z]+$/)
  .transform((v) => {
    const [id, expected] = v.split(":") as [string, string];
    return { id: Number(id), expected };
  })
  .pipe(z.object({ id: z.number().int().positive().max(2 ** 31), expected: z.enum(COMMENT_STATUSES) }));

export const MAX_BULK = 100;

export const bulkDecisionSchema = z.object({
  items: z.array(bulkItem).min(1, "Select at least one comment.").max(MAX_BULK, `Select at most ${MAX_BULK} comments.`),
  decision: z.enum(["approved", "rejected", "spam"]),
  reason,
});

export const BAN_DURATIONS = { "1d": 1, "7d": 7, "30d": 30, permanent: null } as const;
export type BanDuration = keyof typeof BAN_DURATIONS;

export const emailSchema = z.email("That is not a valid email address.").max(254).transform((e) => e.trim().toLowerCase());

export const banInputSchema = z
  .object({
    email: emailSchema,
    byEmail: z.literal("on").optional(),
    /** A comment by this commenter whose hashed address is banned too. */
    ipFromComment: z.union([z.literal(""), commentIdSchema]).optional(),
    reason: z.string().trim().min(3, "Give a reason (at least 3 characters).").max(MAX_REASON_LENGTH),
    duration: z.enum(Object.keys(BAN_DURATIONS) as [BanDuration, ...BanDuration[]]),
  })
  .refine((v) => v.byEmail === "on" || typeof v.ipFromComment === "number", {
    message: "Ban by email, by address, or both.",
    path: ["byEmail"],
  });

export const noteInputSchema = z.object({
  email: emailSchema,
  body: z.string().trim().min(2, "Write a note first.").max(2000, "Keep the note under 2,000 characters."),
});

export const challengeInputSchema = z.object({
  id: commentIdSchema,
  note: z
    .string()
    .trim()
    .min(5, "Say what the comment says is wrong (at least 5 characters).")
    .max(1000, "Keep it under 1,000 characters."),
});
