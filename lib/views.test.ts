import { describe, expect, it } from "vitest";
import { createViewCounter } from "./views";

const HOUR = 3_600_000;
const t0 = Date.UTC(2030, 0, 1, 12);

describe("createViewCounter", () => {
  it("ranks by views in the window, then by the most recent view", () => {
    const counter = createViewCounter();
    counter.record("a", t0);
    counter.record("b", t0);
    counter.record("b", t0 + 1);
    counter.record("c", t0 + HOUR);
    expect(counter.top(5, t0 + HOUR)).toEqual([
      { slug: "b", views: 2 },
      { slug: "c", views: 1 },
      { slug: "a", views: 1 },
    ]);
    expect(counter.top(1, t0 + HOUR)).toEqual([{ slug: "b", views: 2 }]);
  });

  it("forgets views older than 24 hours, bucket by bucket", () => {
    const counter = createViewCounter();
    counter.record("old", t0);
    counter.record("old", t0 + 23 * HOUR);
    expect(counter.top(5, t0 + 23 * HOUR)).toEqual([{ slug: "old", views: 2 }]);
    expect(counter.top(5, t0 + 24 * HOUR)).toEqual([{ slug: "old", views: 1 }]);
    expect(counter.top(5, t0 + 47 * HOUR)).toEqual([]);
    expect(counter.size()).toBe(0);
  });

  it("stays within its bound, expiring first and then evicting the least viewed", () => {
    const counter = createViewCounter({ maxArticles: 2 });
    counter.record("stale", t0);
    counter.record("popular", t0 + 30 * HOUR);
    counter.record("popular", t0 + 30 * HOUR);
    counter.record("new", t0 + 30 * HOUR);
    expect(counter.size()).toBe(2);
    counter.record("newer", t0 + 30 * HOUR);
    expect(counter.size()).toBe(2);
    expect(counter.top(5, t0 + 30 * HOUR).map((v) => v.slug)).toEqual(["popular", "newer"]);
  });
});
