import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  const T0 = 1_700_000_000_000;

  it("allows `limit` hits per window and refuses the next", () => {
    const limiter = createRateLimiter(3, 60_000);
    expect([1, 2, 3].map((i) => limiter.hit("ip-a", T0 + i))).toEqual([true, true, true]);
    expect(limiter.hit("ip-a", T0 + 10)).toBe(false);
    expect(limiter.hit("ip-a", T0 + 20)).toBe(false);
  });

  it("counts keys separately", () => {
    const limiter = createRateLimiter(1, 60_000);
    expect(limiter.hit("ip-a", T0)).toBe(true);
    expect(limiter.hit("ip-a", T0)).toBe(false);
    expect(limiter.hit("ip-b", T0)).toBe(true);
  });

  it("starts a fresh window once the old one has passed", () => {
    const limiter = createRateLimiter(2, 60_000);
    limiter.hit("k", T0);
    limiter.hit("k", T0 + 1);
    expect(limiter.hit("k", T0 + 59_999)).toBe(false);
    expect(limiter.hit("k", T0 + 60_000)).toBe(true);
    expect(limiter.hit("k", T0 + 60_001)).toBe(true);
    expect(limiter.hit("k", T0 + 60_002)).toBe(false);
  });

  it("forgets a key on reset(key) and leaves others alone", () => {
    const limiter = createRateLimiter(1, 60_000);
    limiter.hit("a", T0);
    limiter.hit("b", T0);
    limiter.reset("a");
    expect(limiter.hit("a", T0 + 1)).toBe(true);
    expect(limiter.hit("b", T0 + 1)).toBe(false);
  });

  it("uses the clock when no time is given", () => {
    const limiter = createRateLimiter(1, 60_000);
    expect(limiter.hit("now")).toBe(true);
    expect(limiter.hit("now")).toBe(false);
  });

  it("keeps counting correctly after pruning many stale keys", () => {
    const limiter = createRateLimiter(1, 1_000);
    for (let i = 0; i < 10_002; i++) limiter.hit(`stale-${i}`, T0);
    expect(limiter.hit("fresh", T0 + 5_000)).toBe(true);
    expect(limiter.hit("fresh", T0 + 5_001)).toBe(false);
    expect(limiter.hit("stale-1", T0 + 5_002)).toBe(true);
  });
});
