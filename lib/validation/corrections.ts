import { z } from "zod";
import { CORRECTION_KINDS, type CorrectionDraftStatus, type CorrectionKind } from "@/db/schema";

export const CORRECTION_MAX_LENGTH = 1000;

export const CORRECTION_LABELS: Record<CorrectionKind, string> = {
  correction: "Correction",
  clarification: "Clarification",
  update: "Update",
};

export const CORRECTION_KIND_OPTIONS = (Object.keys(CORRECTION_LABELS) as CorrectionKind[]).map((kind) => ({
  value: kind,
  label: CORRECTION_LABELS[kind],
}));

export const correctionInputSchema = z.object({
  kind: z.enum(CORRECTION_KINDS, "Choose correction, clarification or update."),
  body: z
    .string("Write what was wrong and what is right.")
    .trim()
    .min(1, "Write what was wrong and what is right.")
    .max(CORRECTION_MAX_LENGTH, `Keep it under ${CORRECTION_MAX_LENGTH} characters.`),
});
export type CorrectionInput = z.infer<typeof correctionInputSchema>;

export const CORRECTION_DRAFT_STATUS_LABELS: Record<CorrectionDraftStatus, string> = {
  open: "Draft waiting for an editor",
  published: "Published as a correction",
  dismissed: "Dismissed by an editor",
};

/** Which correction draft an editor answers, and how: by the button pressed. */
export const correctionDraftRefSchema = z.object({
  draft: z.coerce.number("That draft does not exist.").int("That draft does not exist.").positive("That draft does not exist."),
  intent: z.enum(["save", "publish", "dismiss"], "Choose to save, publish or dismiss the draft."),
});
