import { z } from "zod";
import { ARTICLE_STATUSES } from "@/db/schema";
import { NOTE_REQUIRED, TRANSITION_NAMES } from "@/lib/workflow";

/**
 * A time typed into `<input type="datetime-local">`, read as UTC (the newsroom's clock on every
 * staff page says UTC). Seconds are optional.
 */
export const utcDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "Enter a date and time.")
  .transform((v) => new Date(`${v.length === 16 ? `${v}:00` : v}Z`))
  .refine((d) => !Number.isNaN(d.getTime()), "Enter a real date and time.");

const optionalUtcDateTime = z.union([z.literal("").transform(() => null), utcDateTime]);

export const transitionInputSchema = z
  .object({
    transition: z.enum(TRANSITION_NAMES, { message: "Choose what to do with the article." }),
    expected: z.enum(ARTICLE_STATUSES, { message: "Reload the page and try again." }),
    note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").default(""),
    publishAt: optionalUtcDateTime.default(null),
    /** Set when the editor has read the pre-publish warnings and goes ahead. */
    confirm: z.literal("on").optional(),
  })
  .superRefine((input, ctx) => {
    if (NOTE_REQUIRED.has(input.transition) && input.note === "") {
      ctx.addIssue({ code: "custom", path: ["note"], message: "Say what needs to change before it comes back." });
    }
    if (input.transition === "schedule") {
      if (input.publishAt === null) {
        ctx.addIssue({ code: "custom", path: ["publishAt"], message: "Choose when the article goes live." });
      } else if (input.publishAt.getTime() <= Date.now()) {
        ctx.addIssue({ code: "custom", path: ["publishAt"], message: "Choose a time in the future, or publish now." });
      }
    }
  });
export type TransitionInput = z.infer<typeof transitionInputSchema>;

export const assignmentInputSchema = z.object({
  assigneeId: z.union([z.literal("").transform(() => null), z.coerce.number().int().positive()]).default(null),
  dueAt: optionalUtcDateTime.default(null),
});
