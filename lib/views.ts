/**
 * Anonymous article views on their way to the database. A beacon only bumps a number in this
 * process's memory (article id + UTC day, nothing about the reader); a flush hands the pending
 * counts to the database in one batch every few seconds, before the ranking is read, and when
 * the process exits. The store adds them up, so any number of server processes can share it.
 */
export type DailyViews = { articleId: number; day: string; views: number };

/** The UTC calendar day of `now`, as the `article_views_daily.day` column stores it. */
export function utcDay(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

export type ViewRecorder = {
  record(articleId: number, now?: number): void;
  /** Writes what is pending; on failure the counts go back to the buffer for the next try. */
  flush(): void;
  pending(): number;
  /** Stops the timer and the exit hook (tests, dev reloads); pending counts stay. */
  stop(): void;
};

export type RecorderOptions = {
  /** Stores one batch; expected to be one transaction, all or nothing. */
  write: (batch: DailyViews[]) => void;
  intervalMs: number;
  /** Distinct (article, day) pairs held before an early flush; bounds the memory. */
  maxPending?: number;
  onError?: (error: unknown) => void;
};

export function createViewRecorder({
  write,
  intervalMs,
  maxPending = 5_000,
  onError = console.error,
}: RecorderOptions): ViewRecorder {
  let buffer = new Map<string, DailyViews>();

  function add(articleId: number, day: string, views: number) {
    const key = `${day}:${articleId}`;
    const entry = buffer.get(key);
    if (entry) entry.views += views;
    else buffer.set(key, { articleId, day, views });
  }

  function flush() {
    if (buffer.size === 0) return;
    const batch = [...buffer.values()];
    buffer = new Map();
    try {
      write(batch);
    } catch (error) {
      for (const row of batch) add(row.articleId, row.day, row.views);
      onError(error);
    }
  }

  // Unref'd: a pending flush never keeps the process alive. On exit only synchronous work runs,
  // which better-sqlite3 is; Next turns SIGINT/SIGTERM into process.exit, so this covers them.
  const timer = setInterval(flush, intervalMs);
  timer.unref();
  process.on("exit", flush);

  return {
    record(articleId, now = Date.now()) {
      add(articleId, utcDay(now), 1);
      if (buffer.size >= maxPending) flush();
    },
    flush,
    pending: () => buffer.size,
    stop() {
      clearInterval(timer);
      process.off("exit", flush);
    },
  };
}
