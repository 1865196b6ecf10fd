import "server-only";
import { unstable_cache } from "next/cache";
import { mostReadRefreshSeconds } from "@/db/config";
import { rankMostRead, saveDailyViews } from "@/db/queries/most-read";
import { createViewRecorder, utcDay, type DailyViews, type ViewRecorder } from "./views";

export const MOST_READ_COUNT = 5;

/** How long counted views may wait in memory; a crash loses at most this much. */
const FLUSH_INTERVAL_MS = 10_000;
/** Daily rows kept; the list needs two days, the rest is headroom for a later report. */
const RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;

// One recorder per process, on globalThis because Next may load this module once per route
// bundle: the beacon's handler and the pages must share the buffer (and only one timer may run).
const KEY = Symbol.for("gazette.view-recorder");
type Global = typeof globalThis & { [KEY]?: { recorder: ViewRecorder; prunedOn?: string } };
const g = globalThis as Global;

function recorder(): ViewRecorder {
  if (!g[KEY]) {
    const state: NonNullable<Global[typeof KEY]> = {
      recorder: createViewRecorder({
        intervalMs: FLUSH_INTERVAL_MS,
        write(batch: DailyViews[]) {
          // Pruning is a DELETE by the indexed day; once a day per process is plenty.
          const today = utcDay(Date.now());
          const pruneDay =
            state.prunedOn === today ? undefined : utcDay(Date.now() - RETENTION_DAYS * DAY_MS);
          saveDailyViews(batch, pruneDay);
          state.prunedOn = today;
        },
      }),
    };
    g[KEY] = state;
  }
  return g[KEY].recorder;
}

/** Counts one view of a live article: a memory bump, written to the database by the next flush. */
export function recordView(articleId: number): void {
  recorder().record(articleId);
}

/**
 * The ranked slugs of the last 24 hours, shared by every page that shows the list. Reading it
 * through unstable_cache with a `revalidate` keeps reader pages cached renders (no request data
 * is read) while lowering their lifetime to the refresh interval, so the list is at most that
 * old, and all pages rendered in one interval show the same ranking. This process's pending
 * views are flushed first so the ranking includes them; other processes flush on their timer.
 */
export async function loadMostReadSlugs(): Promise<string[]> {
  const seconds = mostReadRefreshSeconds();
  const load = unstable_cache(
    async () => {
      g[KEY]?.recorder.flush();
      return rankMostRead(MOST_READ_COUNT).map((v) => v.slug);
    },
    ["most-read", String(seconds)],
    { revalidate: seconds },
  );
  return load();
}
