import { z } from "zod";
import {
  MAX_REASON_LENGTH,
  MAX_REASONS,
  MAX_WORD_LENGTH,
  MAX_WORDS,
  normalizeReasons,
  normalizeWords,
  SITE_MODERATION_MODES,
} from "./settings";

// The settings page's two forms, as FormData fields. Lists are textareas with one entry a line;
// errors name the line so a long list can be fixed without hunting.

const lines = (value: string) => value.split(/\r\n?|\n/);

function listField(label: string, max: { length: number; count: number }, normalize: (v: string[]) => string[]) {
  return z
    .string()
    .max(100_000, `${label}: the list is too long.`)
    .default("")
    .transform((value, ctx) => {
      const raw = lines(value);
      raw.forEach((line, i) => {
        if (line.trim().length > max.length)
          ctx.addIssue({
            code: "custom",
            message: `${label}, line ${i + 1}: keep each entry under ${max.length} characters.`,
          });
      });
      const list = normalize(raw);
      if (list.length > max.count)
        ctx.addIssue({ code: "custom", message: `${label}: at most ${max.count} entries (${list.length} given).` });
      return list;
    });
}

export const wordListsFormSchema = z
  .object({
    bannedWords: listField("Banned words", { length: MAX_WORD_LENGTH, count: MAX_WORDS }, normalizeWords),
    suspectWords: listField("Suspect words", { length: MAX_WORD_LENGTH, count: MAX_WORDS }, normalizeWords),
    rejectReasons: listField("Reject reasons", { length: MAX_REASON_LENGTH, count: MAX_REASONS }, normalizeReasons)
      .refine((list) => list.length > 0, "Reject reasons: keep at least one reason."),
  })
  .superRefine((v, ctx) => {
    const banned = new Set(v.bannedWords);
    const both = v.suspectWords.filter((w) => banned.has(w));
    if (both.length)
      ctx.addIssue({
        code: "custom",
        path: ["suspectWords"],
        message: `Already in Banned words, keep each word in one list: ${both.join(", ")}.`,
      });
  });
export type WordListsForm = z.output<typeof wordListsFormSchema>;

function whole(label: string, min: number, maxValue: number) {
  const message = `${label}: enter a whole number from ${min} to ${maxValue}.`;
  return z
    .string(message)
    .trim()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(maxValue, message));
}

const checkbox = z
  .enum(["on", "true", ""])
  .optional()
  .transform((v) => v === "on" || v === "true");

/** Blank: none; else whole days. */
function optionalDays(label: string, min: number) {
  const message = `${label}: leave blank or enter whole days from ${min} to 3650.`;
  return z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || /^\d+$/.test(v), message)
    .transform((v) => (v === "" ? null : Number(v)))
    .refine((v) => v === null || (v >= min && v <= 3650), message);
}

export const SECTION_DAYS_PREFIX = "sectionCloseDays-";

export const policyFormSchema = z.object({
  defaultMode: z.enum(SITE_MODERATION_MODES, "Choose how comments are moderated by default."),
  maxLinks: whole("Links before a comment is held", 0, 50),
  holdFirstTime: checkbox,
  trustAfter: whole("Trust after approved comments", 0, 100),
  floodCommenterMax: whole("Comments per commenter", 0, 1000),
  floodCommenterMinutes: whole("Commenter window", 1, 1440),
  floodIpMax: whole("Comments per address", 0, 1000),
  floodIpMinutes: whole("Address window", 1, 1440),
  closeAfterDays: optionalDays("Close comments after", 1),
  surgeEnabled: checkbox,
  surgeWindowMinutes: whole("Surge window", 1, 1440),
  surgeMinComments: whole("Surge minimum comments", 1, 10_000),
  surgeThresholdPercent: whole("Surge rate", 1, 100),
});
export type PolicyForm = z.output<typeof policyFormSchema>;

/**
 * Per-section close days from `sectionCloseDays-<id>` fields: blank follows the site, 0 never
 * closes. Errors are keyed by the field's own name.
 */
export function parseSectionCloseDays(fields: Record<string, string>): {
  values: Map<number, number | null>;
  errors: Record<string, string[]>;
} {
  const values = new Map<number, number | null>();
  const errors: Record<string, string[]> = {};
  const days = optionalDays("Section close days", 0);
  for (const [key, raw] of Object.entries(fields)) {
    if (!key.startsWith(SECTION_DAYS_PREFIX)) continue;
    const id = Number(key.slice(SECTION_DAYS_PREFIX.length));
    if (!Number.isInteger(id) || id <= 0) continue;
    const parsed = days.safeParse(raw);
    if (parsed.success) values.set(id, parsed.data);
    else errors[key] = parsed.error.issues.map((i) => i.message);
  }
  return { values, errors };
}
