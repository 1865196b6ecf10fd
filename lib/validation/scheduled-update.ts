import { z } from "zod";
import { utcDateTime } from "./workflow";

export const scheduledUpdateInputSchema = z.object({
  headline: z.string().trim().min(1, "Enter a headline.").max(200, "Keep the headline under 200 characters."),
  dek: z.string().trim().max(400, "Keep the dek under 400 characters."),
  body: z.string().min(1, "Enter the body.").max(200_000, "The body is too long."),
  publishAt: utcDateTime.refine((d) => d.getTime() > Date.now(), "Choose a time in the future."),
});

export const cancelUpdateInputSchema = z.object({ updateId: z.coerce.number().int().positive() });
