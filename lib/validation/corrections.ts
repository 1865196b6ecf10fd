import { z } from "zod";
import { CORRECTION_KINDS, type CorrectionKind } from "@/db/schema";

export const CORRECTION_MAX_LENGTH = 1000;

export const CORRECTION_LABELS: Record<CorrectionKind, string> = {
  correction: "Correction",
  clarification: "Clarification",
  update: "Update",
};

export const correctionInputSchema = z.object({
  kind: z.enum(CORRECTION_KINDS, "Choose correction, clarification or update."),
  body: z
    .string("Write what was wrong and what is right.")
    .trim()
    .min(1, "Write what was wrong and what is right.")
    .max(CORRECTION_MAX_LENGTH, `Keep it under ${CORRECTION_MAX_LENGTH} characters.`),
});
export type CorrectionInput = z.infer<typeof correctionInputSchema>;
