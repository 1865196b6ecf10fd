import { z } from "zod";

/**
 * The site's comment rules, stored as one JSON value under site_settings "moderation". Every
 * field has a default, so an empty database behaves as before issue 5: everything waits for a
 * moderator ("pre").
 */
export const SITE_MODERATION_MODES = ["open", "pre", "post"] as const;
export type SiteModerationMode = (typeof SITE_MODERATION_MODES)[number];

export const MAX_WORD_LENGTH = 60;
export const MAX_WORDS = 500;
export const MAX_REASON_LENGTH = 120;
export const MAX_REASONS = 20;

export const DEFAULT_REJECT_REASONS = [
  "Abusive or hateful",
  "Spam or advertising",
  "Off-topic",
  "Personal information",
  "Misinformation",
];

const floodSchema = z.object({
  /** Comments allowed in the window; 0 switches the limit off. */
  max: z.number().int().min(0).max(1000),
  minutes: z.number().int().min(1).max(1440),
});
export type FloodLimit = z.infer<typeof floodSchema>;

const surgeSchema = z.object({
  enabled: z.boolean(),
  windowMinutes: z.number().int().min(1).max(1440),
  minComments: z.number().int().min(1).max(10_000),
  /** Share of held or reported comments in the window, 0..1, that switches a story to pre. */
  threshold: z.number().min(0).max(1),
});

export const DEFAULT_MODERATION_SETTINGS = {
  defaultMode: "pre" as SiteModerationMode,
  bannedWords: [] as string[],
  suspectWords: [] as string[],
  maxLinks: 2,
  holdFirstTime: true,
  trustAfter: 3,
  floodPerCommenter: { max: 5, minutes: 10 },
  floodPerIp: { max: 10, minutes: 10 },
  closeAfterDays: null as number | null,
  surge: { enabled: true, windowMinutes: 30, minComments: 10, threshold: 0.5 },
  rejectReasons: DEFAULT_REJECT_REASONS,
};

/** Trimmed, NFC, lower-cased, duplicates and blanks dropped, first spelling kept. */
export function normalizeWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const raw of words) {
    const word = raw.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
    if (word) seen.add(word);
  }
  return [...seen];
}

/** Trimmed, blanks and exact duplicates (ignoring case) dropped; the spelling is kept. */
export function normalizeReasons(reasons: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of reasons) {
    const reason = raw.trim().replace(/\s+/g, " ");
    if (reason && !seen.has(reason.toLowerCase())) seen.set(reason.toLowerCase(), reason);
  }
  return [...seen.values()];
}

const wordList = z
  .array(z.string())
  .transform(normalizeWords)
  .pipe(
    z
      .array(z.string().max(MAX_WORD_LENGTH, `Keep each word under ${MAX_WORD_LENGTH} characters.`))
      .max(MAX_WORDS, `At most ${MAX_WORDS} words.`),
  );

const reasonList = z
  .array(z.string())
  .transform(normalizeReasons)
  .pipe(
    z
      .array(z.string().max(MAX_REASON_LENGTH, `Keep each reason under ${MAX_REASON_LENGTH} characters.`))
      .min(1, "Keep at least one reason.")
      .max(MAX_REASONS, `At most ${MAX_REASONS} reasons.`),
  );

/** The full, strict shape: what the forms produce and what is written. */
export const moderationSettingsSchema = z
  .object({
    defaultMode: z.enum(SITE_MODERATION_MODES),
    bannedWords: wordList,
    suspectWords: wordList,
    maxLinks: z.number().int().min(0).max(50),
    holdFirstTime: z.boolean(),
    /** Approved comments that make a commenter trusted; 0 switches trust off. */
    trustAfter: z.number().int().min(0).max(100),
    floodPerCommenter: floodSchema,
    floodPerIp: floodSchema,
    /** Site default; a section may override it. null: comments never close by age. */
    closeAfterDays: z.number().int().min(1).max(3650).nullable(),
    surge: surgeSchema,
    rejectReasons: reasonList,
  })
  .superRefine((s, ctx) => {
    const banned = new Set(s.bannedWords);
    const both = s.suspectWords.filter((w) => banned.has(w));
    if (both.length)
      ctx.addIssue({
        code: "custom",
        path: ["suspectWords"],
        message: `Already banned, keep it in one list: ${both.join(", ")}.`,
      });
  });
export type ModerationSettings = z.output<typeof moderationSettingsSchema>;

const D = DEFAULT_MODERATION_SETTINGS;

/**
 * Reading what is stored: each field falls back to its default on its own, so a hand edit or an
 * older shape loses only the broken part, and the comment form never breaks over it.
 */
const storedSchema = z.object({
  defaultMode: z.enum(SITE_MODERATION_MODES).catch(D.defaultMode),
  bannedWords: wordList.catch(D.bannedWords),
  suspectWords: wordList.catch(D.suspectWords),
  maxLinks: z.number().int().min(0).max(50).catch(D.maxLinks),
  holdFirstTime: z.boolean().catch(D.holdFirstTime),
  trustAfter: z.number().int().min(0).max(100).catch(D.trustAfter),
  floodPerCommenter: floodSchema.catch(D.floodPerCommenter),
  floodPerIp: floodSchema.catch(D.floodPerIp),
  closeAfterDays: z.number().int().min(1).max(3650).nullable().catch(D.closeAfterDays),
  surge: surgeSchema.catch(D.surge),
  rejectReasons: reasonList.catch(D.rejectReasons),
});

export function parseStoredModerationSettings(value: unknown): ModerationSettings {
  const object = value && typeof value === "object" && !Array.isArray(value) ? value : {};
  const parsed = storedSchema.parse(object);
  // A word in both lists after a hand edit: banned wins.
  const banned = new Set(parsed.bannedWords);
  return { ...parsed, suspectWords: parsed.suspectWords.filter((w) => !banned.has(w)) };
}
