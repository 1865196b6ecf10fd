// Purging the front handler's kept pages: purgePageCache(), store.purge(), and a render in
// flight when a purge comes.
import { afterEach, describe, expect, it } from "vitest";
import { closeServers, deferred, get, page, READER_HEADERS, start, waitFor } from "./front-handler.harness";
import { purgePageCache, registerPageCachePurge } from "./purge";

let unregisterPurge: (() => void) | undefined;

afterEach(async () => {
  unregisterPurge?.();
  unregisterPurge = undefined;
  await closeServers();
});

describe("front handler: purges", () => {
  it("drops every kept page on purgePageCache() once registered", async () => {
    const h = await start();
    unregisterPurge = registerPageCachePurge(() => h.store.purge());
    await get(h, "/");
    await get(h, "/articles/flood");
    expect((await get(h, "/")).headers["x-gazette-cache"]).toBe("HIT");

    purgePageCache();
    expect(h.store.size).toBe(0);
    h.reply = () => ({ headers: READER_HEADERS, body: page("corrected").full });
    const after = await get(h, "/");
    expect(after.headers["x-gazette-cache"]).toBe("MISS");
    expect(after.text).toBe(page("corrected").stripped);
    expect((await get(h, "/articles/flood")).headers["x-gazette-cache"]).toBe("MISS");
    expect((await get(h, "/")).headers["x-gazette-cache"]).toBe("HIT");
    expect(h.calls).toHaveLength(4);

    // Once unregistered, purgePageCache() reaches nothing.
    unregisterPurge();
    unregisterPurge = undefined;
    purgePageCache();
    expect((await get(h, "/")).headers["x-gazette-cache"]).toBe("HIT");
  });

  it("does nothing without a front server", () => {
    expect(() => purgePageCache()).not.toThrow();
  });

  it("keeps the latest registration when an older one unregisters", async () => {
    let first = 0;
    let second = 0;
    const unregisterFirst = registerPageCachePurge(() => first++);
    unregisterPurge = registerPageCachePurge(() => second++);
    unregisterFirst();
    purgePageCache();
    expect([first, second]).toEqual([0, 1]);
  });

  it("drops kept pages on store.purge()", async () => {
    const h = await start();
    await get(h, "/");
    h.store.purge();
    expect((await get(h, "/")).headers["x-gazette-cache"]).toBe("MISS");
    expect(h.calls).toHaveLength(2);
  });

  it("never keeps a response that Next rendered before a purge", async () => {
    const h = await start();
    unregisterPurge = registerPageCachePurge(() => h.store.purge());
    const gate = deferred();
    h.reply = () => ({ gate: gate.promise, headers: READER_HEADERS, body: page("before").full });
    const inFlight = get(h, "/articles/flood");
    await waitFor(() => h.calls.length === 1, "the render to reach Next");

    purgePageCache(); // an editor unpublished the story meanwhile
    gate.resolve();
    const received = await inFlight;
    expect(received.status).toBe(200);
    expect(received.text).toBe(page("before").stripped);
    expect(h.store.size).toBe(0);

    h.reply = () => ({ headers: READER_HEADERS, body: page("after").full });
    const next = await get(h, "/articles/flood");
    expect(next.headers["x-gazette-cache"]).toBe("MISS");
    expect(next.text).toBe(page("after").stripped);
    expect(h.calls).toHaveLength(2);
  });
});
