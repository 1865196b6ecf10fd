/**
 * Anonymous article view counts, kept in the server's memory (the portal runs as one Node
 * process). Nothing about the reader is recorded: a view is a slug and the hour it arrived.
 * Counts live in hourly buckets so "the last 24 hours" slides by the hour, and the map is
 * bounded so a flood of distinct slugs cannot grow it without limit. Restarting the server
 * forgets the counts; the Most read list then falls back to the latest stories until readers
 * return (see the report for the table a later migration would flush these into).
 */
export type ViewCount = { slug: string; views: number };

export type ViewCounter = {
  record(slug: string, now?: number): void;
  /** The most viewed slugs of the window, most first; ties go to the slug viewed most recently. */
  top(limit: number, now?: number): ViewCount[];
  size(): number;
};

type Entry = { buckets: Map<number, number>; lastHour: number };

const HOUR = 3_600_000;

export function createViewCounter({ maxArticles = 5_000, windowHours = 24 } = {}): ViewCounter {
  const entries = new Map<string, Entry>();
  const hourOf = (now: number) => Math.floor(now / HOUR);
  const inWindow = (hour: number, current: number) => hour > current - windowHours;

  /** Drops buckets older than the window; true when nothing is left of the entry. */
  function expire(entry: Entry, current: number): boolean {
    for (const hour of entry.buckets.keys()) if (!inWindow(hour, current)) entry.buckets.delete(hour);
    return entry.buckets.size === 0;
  }

  function total(entry: Entry): number {
    let sum = 0;
    for (const n of entry.buckets.values()) sum += n;
    return sum;
  }

  /** Makes room for one more slug: first by expiry, then by evicting the least viewed. */
  function makeRoom(current: number) {
    for (const [slug, entry] of entries) if (expire(entry, current)) entries.delete(slug);
    if (entries.size < maxArticles) return;
    let weakest: string | undefined;
    let weakestViews = Infinity;
    for (const [slug, entry] of entries) {
      const views = total(entry);
      if (views < weakestViews) [weakest, weakestViews] = [slug, views];
    }
    if (weakest !== undefined) entries.delete(weakest);
  }

  return {
    record(slug, now = Date.now()) {
      const current = hourOf(now);
      let entry = entries.get(slug);
      if (!entry) {
        if (entries.size >= maxArticles) makeRoom(current);
        entry = { buckets: new Map(), lastHour: current };
        entries.set(slug, entry);
      }
      entry.buckets.set(current, (entry.buckets.get(current) ?? 0) + 1);
      entry.lastHour = current;
    },
    top(limit, now = Date.now()) {
      const current = hourOf(now);
      const ranked: Array<ViewCount & { lastHour: number }> = [];
      for (const [slug, entry] of entries) {
        if (expire(entry, current)) entries.delete(slug);
        else ranked.push({ slug, views: total(entry), lastHour: entry.lastHour });
      }
      ranked.sort((a, b) => b.views - a.views || b.lastHour - a.lastHour || a.slug.localeCompare(b.slug));
      return ranked.slice(0, limit).map(({ slug, views }) => ({ slug, views }));
    },
    size: () => entries.size,
  };
}

// One counter per process. Kept on globalThis because Next may load this module once per route
// bundle: the beacon's route handler and the pages must share the same counts.
const KEY = Symbol.for("gazette.view-counter");
type WithCounter = typeof globalThis & { [KEY]?: ViewCounter };

export function viewCounter(): ViewCounter {
  const g = globalThis as WithCounter;
  return (g[KEY] ??= createViewCounter());
}
