/**
 * Fixed-window counters kept in memory: the portal runs as one Node process, and losing the
 * counters on restart only forgives a few attempts.
 */
export type RateLimiter = {
  /** Counts one attempt for `key`; false when the key is over its limit for this window. */
  hit(key: string, now?: number): boolean;
  reset(key: string): void;
};

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key, now = Date.now()) {
      const w = windows.get(key);
      if (!w || now - w.start >= windowMs) {
        if (windows.size > 10_000) prune(now);
        windows.set(key, { start: now, count: 1 });
        return true;
      }
      w.count += 1;
      return w.count <= limit;
    },
    reset(key) {
      windows.delete(key);
    },
  };

  function prune(now: number) {
    for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
  }
}
