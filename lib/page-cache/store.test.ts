import { describe, expect, it } from "vitest";
import { PageStore, type CachedResponse, type PageStoreOptions } from "./store";

/** A response whose bodies add up to exactly `bytes`. */
function response(bytes: number, tag = "x", extra: Partial<CachedResponse["bodies"]> = {}): CachedResponse {
  return {
    status: 200,
    headers: { "content-type": "text/html; charset=utf-8", "x-tag": tag },
    etag: `"${tag}"`,
    bodies: { identity: Buffer.alloc(bytes, tag), ...extra },
  };
}

function setup(options: Partial<PageStoreOptions> = {}) {
  const clock = { now: 1_000_000 };
  const store = new PageStore({ ttlMs: 1000, maxBytes: 10_000, now: () => clock.now, ...options });
  return { clock, store };
}

describe("PageStore lookups over time", () => {
  it("misses a key it has never seen", () => {
    const { store } = setup();
    expect(store.lookup("/")).toEqual({ kind: "miss" });
    expect(store.size).toBe(0);
  });

  it("is fresh before the TTL, then hands out exactly one refresh, then stale copies", () => {
    const { clock, store } = setup();
    const first = response(10, "a");
    expect(store.store("/", first, store.generation)).toBe(true);

    expect(store.lookup("/")).toEqual({ kind: "fresh", response: first, ageMs: 0 });
    clock.now += 999;
    expect(store.lookup("/")).toEqual({ kind: "fresh", response: first, ageMs: 999 });

    clock.now += 1; // age = ttl
    expect(store.lookup("/")).toEqual({ kind: "refresh", response: first, ageMs: 1000 });
    // Everyone else keeps getting the old copy while that caller is in Next.
    expect(store.lookup("/")).toEqual({ kind: "stale", response: first, ageMs: 1000 });
    clock.now += 500;
    expect(store.lookup("/")).toEqual({ kind: "stale", response: first, ageMs: 1500 });
    const kinds = Array.from({ length: 20 }, () => store.lookup("/").kind);
    expect(new Set(kinds)).toEqual(new Set(["stale"]));

    // The refresher stores the new copy: fresh again, age counted from now.
    const second = response(12, "b");
    expect(store.store("/", second, store.generation)).toBe(true);
    expect(store.lookup("/")).toEqual({ kind: "fresh", response: second, ageMs: 0 });
    clock.now += 1000;
    expect(store.lookup("/").kind).toBe("refresh");
  });

  it("gives a refresh per key, independently", () => {
    const { clock, store } = setup();
    store.store("/a", response(10, "a"), store.generation);
    store.store("/b", response(10, "b"), store.generation);
    clock.now += 2000;
    expect(store.lookup("/a").kind).toBe("refresh");
    expect(store.lookup("/b").kind).toBe("refresh");
    expect(store.lookup("/a").kind).toBe("stale");
    expect(store.lookup("/b").kind).toBe("stale");
  });

  it("lets the next caller refresh after an abandoned refresh", () => {
    const { clock, store } = setup();
    const kept = response(10);
    store.store("/", kept, store.generation);
    clock.now += 1500;
    expect(store.lookup("/").kind).toBe("refresh");
    expect(store.lookup("/").kind).toBe("stale");

    store.abandonRefresh("/");
    expect(store.lookup("/")).toEqual({ kind: "refresh", response: kept, ageMs: 1500 });
    expect(store.lookup("/").kind).toBe("stale");
  });

  it("ignores abandonRefresh for a key it does not hold", () => {
    const { store } = setup();
    expect(() => store.abandonRefresh("/nothing")).not.toThrow();
    expect(store.size).toBe(0);
  });

  it("forgets an entry once it is maxStale old, even while a refresh is running", () => {
    const { clock, store } = setup({ maxStaleMs: 5000 });
    store.store("/", response(100), store.generation);
    clock.now += 1000;
    expect(store.lookup("/").kind).toBe("refresh");
    clock.now += 3999; // 4999 ms old
    expect(store.lookup("/").kind).toBe("stale");
    clock.now += 1; // 5000 ms old
    expect(store.lookup("/")).toEqual({ kind: "miss" });
    expect(store.size).toBe(0);
    expect(store.bytes).toBe(0);
    // And it stays gone.
    expect(store.lookup("/")).toEqual({ kind: "miss" });
  });

  it("keeps stale entries indefinitely without maxStaleMs", () => {
    const { clock, store } = setup();
    store.store("/", response(10), store.generation);
    clock.now += 365 * 24 * 3600 * 1000;
    expect(store.lookup("/").kind).toBe("refresh");
  });
});

describe("PageStore byte budget", () => {
  it("counts every encoding's body plus the key", () => {
    const { store } = setup();
    const r = response(100, "a", { br: Buffer.alloc(20), gzip: Buffer.alloc(30) });
    store.store("/key", r, store.generation);
    expect(store.bytes).toBe(100 + 20 + 30 + "/key".length);
    expect(store.size).toBe(1);
  });

  it("replaces an entry under the same key without counting it twice", () => {
    const { store } = setup();
    store.store("/a", response(98, "a"), store.generation);
    store.store("/a", response(48, "b"), store.generation);
    expect(store.size).toBe(1);
    expect(store.bytes).toBe(50);
    expect(store.lookup("/a")).toMatchObject({ kind: "fresh", response: { etag: '"b"' } });
  });

  it("evicts the least recently stored entry when over budget", () => {
    // Each entry is 2 (key) + 98 (body) = 100 bytes; the budget holds three.
    const { store } = setup({ maxBytes: 300 });
    for (const key of ["/a", "/b", "/c"])
      expect(store.store(key, response(98, key), store.generation)).toBe(true);
    expect(store.bytes).toBe(300);

    expect(store.store("/d", response(98, "/d"), store.generation)).toBe(true);
    expect(store.size).toBe(3);
    expect(store.bytes).toBe(300);
    expect(store.lookup("/a").kind).toBe("miss");
    for (const key of ["/b", "/c", "/d"]) expect(store.lookup(key).kind).toBe("fresh");
  });

  it("treats a lookup as a use: the entry read last is evicted last", () => {
    const { store } = setup({ maxBytes: 300 });
    for (const key of ["/a", "/b", "/c"]) store.store(key, response(98, key), store.generation);
    expect(store.lookup("/a").kind).toBe("fresh"); // now /b is the oldest

    store.store("/d", response(98, "/d"), store.generation);
    expect(store.lookup("/b").kind).toBe("miss");
    expect(store.lookup("/a").kind).toBe("fresh");
    expect(store.lookup("/c").kind).toBe("fresh");
    expect(store.lookup("/d").kind).toBe("fresh");
  });

  it("evicts as many old entries as a large new one needs", () => {
    const { store } = setup({ maxBytes: 300 });
    for (const key of ["/a", "/b", "/c"]) store.store(key, response(98, key), store.generation);
    expect(store.store("/e", response(198, "/e"), store.generation)).toBe(true);
    expect(store.lookup("/a").kind).toBe("miss");
    expect(store.lookup("/b").kind).toBe("miss");
    expect(store.lookup("/c").kind).toBe("fresh");
    expect(store.lookup("/e").kind).toBe("fresh");
    expect(store.bytes).toBe(300);
  });

  it("refuses an entry larger than maxEntryBytes without disturbing the others", () => {
    const { store } = setup({ maxBytes: 1000, maxEntryBytes: 200 });
    store.store("/a", response(98, "a"), store.generation);
    expect(store.store("/big", response(197, "big"), store.generation)).toBe(false); // 201 bytes
    expect(store.lookup("/big").kind).toBe("miss");
    expect(store.lookup("/a").kind).toBe("fresh");
    expect(store.bytes).toBe(100);
    // Exactly the limit is fine.
    expect(store.store("/ok", response(197, "ok"), store.generation)).toBe(true); // 200 bytes
    expect(store.bytes).toBe(300);
  });

  it("refuses an entry larger than the whole budget instead of evicting the site", () => {
    const { store } = setup({ maxBytes: 300 });
    for (const key of ["/a", "/b"]) store.store(key, response(98, key), store.generation);
    expect(store.store("/huge", response(1000, "huge"), store.generation)).toBe(false);
    expect(store.size).toBe(2);
    expect(store.bytes).toBe(200);
    expect(store.lookup("/a").kind).toBe("fresh");
    expect(store.lookup("/b").kind).toBe("fresh");
  });

  it("drops the old copy when its refresh comes back oversize", () => {
    const { clock, store } = setup({ maxBytes: 1000, maxEntryBytes: 200 });
    store.store("/a", response(98, "a"), store.generation);
    clock.now += 2000;
    expect(store.lookup("/a").kind).toBe("refresh");
    expect(store.store("/a", response(500, "a2"), store.generation)).toBe(false);
    expect(store.lookup("/a").kind).toBe("miss");
    expect(store.bytes).toBe(0);
  });
});

describe("PageStore purge and generations", () => {
  it("clears every entry and bumps the generation", () => {
    const { store } = setup();
    store.store("/a", response(10), store.generation);
    store.store("/b", response(10), store.generation);
    const before = store.generation;

    store.purge();
    expect(store.generation).not.toBe(before);
    expect(store.size).toBe(0);
    expect(store.bytes).toBe(0);
    expect(store.lookup("/a").kind).toBe("miss");
    expect(store.lookup("/b").kind).toBe("miss");

    const again = store.generation;
    store.purge();
    expect(store.generation).not.toBe(again);
    expect(store.generation).not.toBe(before);
  });

  it("refuses a response captured before a purge", () => {
    const { store } = setup();
    const generation = store.generation; // read when the request went to Next
    store.purge(); // staff published a correction meanwhile
    expect(store.store("/", response(10), generation)).toBe(false);
    expect(store.lookup("/").kind).toBe("miss");
    expect(store.size).toBe(0);
    expect(store.bytes).toBe(0);

    expect(store.store("/", response(10), store.generation)).toBe(true);
    expect(store.lookup("/").kind).toBe("fresh");
  });

  it("refuses a refresh that started before a purge", () => {
    const { clock, store } = setup();
    store.store("/", response(10, "old"), store.generation);
    clock.now += 2000;
    expect(store.lookup("/").kind).toBe("refresh");
    const generation = store.generation;
    store.purge();
    expect(store.store("/", response(10, "rendered-before-purge"), generation)).toBe(false);
    expect(store.lookup("/").kind).toBe("miss");
  });
});
