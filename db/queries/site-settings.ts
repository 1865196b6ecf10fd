import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { siteSettings } from "@/db/schema";
import { isSafeLink, storedBreakingSchema, type BreakingNews } from "@/lib/validation/front-page";

const BREAKING = "breaking";
const OFF: BreakingNews = { active: false, headline: "", url: "" };

const readStatement = db
  .select({ value: siteSettings.value })
  .from(siteSettings)
  .where(eq(siteSettings.key, BREAKING))
  .prepare();

/**
 * The breaking-news banner. Read on every reader page render, so anything unreadable (a hand
 * edit, an older shape) is treated as switched off rather than breaking the whole site.
 */
export function getBreakingNews(): BreakingNews {
  const parsed = storedBreakingSchema.safeParse(readStatement.get()?.value);
  if (!parsed.success) return OFF;
  if (parsed.data.active && !(parsed.data.headline && isSafeLink(parsed.data.url)))
    return { ...parsed.data, active: false };
  return parsed.data;
}

export function setBreakingNews(value: BreakingNews, now = new Date()): void {
  db.insert(siteSettings)
    .values({ key: BREAKING, value, updatedAt: now })
    .onConflictDoUpdate({ target: siteSettings.key, set: { value, updatedAt: now } })
    .run();
}
