import "server-only";
import { unstable_cache } from "next/cache";
import { applyDueScheduledUpdates } from "@/db/queries/scheduled-updates";
import { nextScheduledChange } from "@/db/queries/workflow";

/**
 * Makes the reader page being rendered expire when the next scheduled story or scheduled update
 * is due, so it goes live by the clock with no cron job and no staff action. An unstable_cache
 * entry with a `revalidate` lowers the lifetime of the whole cached render that reads it; when
 * nothing is scheduled, the page stays cached until staff change it.
 */
export async function expireAtNextScheduledChange(now = new Date()): Promise<void> {
  applyDueScheduledUpdates(now);
  await expireAt(nextScheduledChange(now), now);
}

/**
 * Makes the reader page being rendered expire at `when` (no-op for null or a past time): an
 * unstable_cache entry with a `revalidate` lowers the lifetime of the whole cached render.
 */
export async function expireAt(when: Date | null, now = new Date()): Promise<void> {
  if (!when || when.getTime() <= now.getTime()) return;
  const seconds = Math.max(1, Math.ceil((when.getTime() - now.getTime()) / 1000));
  await unstable_cache(async () => when.getTime(), ["expire-at", String(when.getTime())], { revalidate: seconds })();
}
