import { z } from "zod";

/**
 * The browser-side safety net: the editor's values written to localStorage as the writer types,
 * per article, so a crash, a closed tab or a lost session does not lose text. Pure helpers;
 * the hook that touches localStorage is components/admin/use-local-backup.ts.
 */

export function backupKey(articleId: number): string {
  return `gazette:article-backup:${articleId}`;
}

const backupSchema = z.object({
  /** When the text was typed (ms since epoch). */
  at: z.number().int().positive(),
  /** The article version the text was based on. */
  version: z.number().int().positive(),
  values: z.record(z.string(), z.union([z.string(), z.boolean(), z.array(z.number())])),
});
export type Backup = z.infer<typeof backupSchema>;

/** A stored backup, or null when missing or unreadable (never throws on a corrupted entry). */
export function parseBackup(raw: string | null): Backup | null {
  if (!raw) return null;
  try {
    const parsed = backupSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A stable text form of form values, for "has anything changed?" checks. */
export function valuesKey(values: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(values).sort().map((k) => [k, values[k]]));
}

/**
 * What to do with a backup found when the editor opens:
 * - `discard` when it holds exactly what is stored (it was saved),
 * - `offer` when it differs and was typed after the stored version was saved,
 * - `ignore` when it differs but is older than the stored version: someone saved since, so
 *   offering it would invite overwriting their work. It is kept until the next save replaces it.
 */
export function backupDecision(backup: Backup | null, stored: { values: Record<string, unknown>; savedAt: number }): "offer" | "discard" | "ignore" | "none" {
  if (!backup) return "none";
  const merged = { ...stored.values, ...backup.values };
  if (valuesKey(merged) === valuesKey(stored.values)) return "discard";
  return backup.at > stored.savedAt ? "offer" : "ignore";
}
