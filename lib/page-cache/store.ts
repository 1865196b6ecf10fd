/**
 * The front server's memory of finished reader responses, ready to send: Next's own cache still
 * runs its router, renderer and per-request bookkeeping on every hit (about 1 ms of CPU for an
 * article), while a copy held here costs a Map lookup. Entries live for a short time and are
 * all dropped whenever staff or moderators change what readers see (see purge.ts).
 */

export type Encoding = "br" | "gzip" | "identity";

export type CachedResponse = {
  status: number;
  /** Lower-case names; no hop-by-hop headers, no content-length or content-encoding. */
  headers: Record<string, string | string[]>;
  etag: string;
  bodies: Partial<Record<Encoding, Buffer>> & { identity: Buffer };
};

type Entry = {
  response: CachedResponse;
  storedAt: number;
  bytes: number;
  /** A refresh of this entry is on its way through Next; others keep getting this copy. */
  refreshing: boolean;
};

export type Lookup =
  | { kind: "miss" }
  | { kind: "fresh"; response: CachedResponse; ageMs: number }
  /** Old enough to refresh: the caller that gets this goes to Next and stores the result. */
  | { kind: "refresh"; response: CachedResponse; ageMs: number }
  /** Old, but someone else is already refreshing it. */
  | { kind: "stale"; response: CachedResponse; ageMs: number };

export type PageStoreOptions = {
  ttlMs: number;
  maxBytes: number;
  /** Past this age an entry is forgotten even while refreshes keep failing. */
  maxStaleMs?: number;
  /** Entries larger than this are never kept (a runaway page should not evict the site). */
  maxEntryBytes?: number;
  now?: () => number;
};

export class PageStore {
  private readonly entries = new Map<string, Entry>();
  private totalBytes = 0;
  private gen = 0;
  private readonly now: () => number;

  constructor(private readonly options: PageStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Changes on every purge, so a response rendered before a purge is never stored after it. */
  get generation(): number {
    return this.gen;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  lookup(key: string): Lookup {
    const entry = this.entries.get(key);
    if (!entry) return { kind: "miss" };
    // Map order is the eviction order: a read moves the entry to the young end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    const ageMs = this.now() - entry.storedAt;
    if (ageMs >= (this.options.maxStaleMs ?? Infinity)) {
      this.remove(key);
      return { kind: "miss" };
    }
    if (ageMs < this.options.ttlMs) return { kind: "fresh", response: entry.response, ageMs };
    if (entry.refreshing) return { kind: "stale", response: entry.response, ageMs };
    entry.refreshing = true;
    return { kind: "refresh", response: entry.response, ageMs };
  }

  /** A refresh that ended without a storable response: the next reader tries again. */
  abandonRefresh(key: string): void {
    const entry = this.entries.get(key);
    if (entry) entry.refreshing = false;
  }

  /** Stores the response unless a purge happened since `generation` was read. */
  store(key: string, response: CachedResponse, generation: number): boolean {
    if (generation !== this.gen) return false;
    const bytes =
      Object.values(response.bodies).reduce((sum, body) => sum + (body?.length ?? 0), 0) + key.length;
    const limit = Math.min(this.options.maxEntryBytes ?? Infinity, this.options.maxBytes);
    this.remove(key);
    if (bytes > limit) return false;
    this.entries.set(key, { response, storedAt: this.now(), bytes, refreshing: false });
    this.totalBytes += bytes;
    for (const [oldest] of this.entries) {
      if (this.totalBytes <= this.options.maxBytes) break;
      this.remove(oldest);
    }
    return true;
  }

  purge(): void {
    this.entries.clear();
    this.totalBytes = 0;
    this.gen += 1;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }
}
