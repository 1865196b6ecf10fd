import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { insertAuditEntry } from "@/db/audit-entry";
import { sections, siteSettings } from "@/db/schema";
import {
  moderationSettingsSchema,
  parseStoredModerationSettings,
  type ModerationSettings,
} from "@/lib/moderation/settings";

export const MODERATION_KEY = "moderation";

const readStatement = db
  .select({ value: siteSettings.value })
  .from(siteSettings)
  .where(eq(siteSettings.key, MODERATION_KEY))
  .prepare();

/**
 * The site's comment rules. Read on every comment post, so anything unreadable falls back to
 * its default field by field rather than stopping readers from commenting.
 */
export function getModerationSettings(): ModerationSettings {
  return parseStoredModerationSettings(readStatement.get()?.value);
}

export type SectionCloseDays = { id: number; name: string; commentCloseDays: number | null };

export function listSectionCloseDays(): SectionCloseDays[] {
  return db
    .select({ id: sections.id, name: sections.name, commentCloseDays: sections.commentCloseDays })
    .from(sections)
    .orderBy(asc(sections.sortOrder), asc(sections.name))
    .all();
}

/**
 * Saves the settings (validated again here: nothing unchecked is ever stored) and the sections'
 * close days given, with one audit entry, in one transaction.
 */
export function saveModerationSettings(
  settings: ModerationSettings,
  sectionDays: Map<number, number | null>,
  audit: { actorId: number; summary: string },
  now = new Date(),
): void {
  const value = moderationSettingsSchema.parse(settings);
  db.transaction(() => {
    db.insert(siteSettings)
      .values({ key: MODERATION_KEY, value, updatedAt: now })
      .onConflictDoUpdate({ target: siteSettings.key, set: { value, updatedAt: now } })
      .run();
    for (const [id, days] of sectionDays)
      db.update(sections).set({ commentCloseDays: days }).where(eq(sections.id, id)).run();
    insertAuditEntry(db, { actorId: audit.actorId, action: "comment.settings", targetType: "site", summary: audit.summary });
  });
}

/** The reasons moderators pick from when rejecting a comment. */
export function listRejectReasons(): string[] {
  return getModerationSettings().rejectReasons;
}

/** For tests and the seed: back to the defaults. */
export function clearModerationSettings(): void {
  db.delete(siteSettings).where(eq(siteSettings.key, MODERATION_KEY)).run();
}
