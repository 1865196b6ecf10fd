import { afterEach, describe, expect, it, vi } from "vitest";
import { createViewRecorder, utcDay, type DailyViews, type ViewRecorder } from "./views";

const t0 = Date.UTC(2030, 0, 1, 23, 59);
let recorder: ViewRecorder | undefined;

function make(
  write: (batch: DailyViews[]) => void,
  options: { maxPending?: number; onError?: (e: unknown) => void } = {},
) {
  recorder = createViewRecorder({ write, intervalMs: 10_000, ...options });
  return recorder;
}

afterEach(() => {
  recorder?.stop();
  vi.useRealTimers();
});

describe("utcDay", () => {
  it("is the UTC calendar day", () => {
    expect(utcDay(t0)).toBe("2030-01-01");
    expect(utcDay(t0 + 60_000)).toBe("2030-01-02");
  });
});

describe("createViewRecorder", () => {
  it("sums views per article and day, and writes them in one batch", () => {
    const batches: DailyViews[][] = [];
    const r = make((b) => batches.push(b));
    r.record(1, t0);
    r.record(1, t0);
    r.record(2, t0);
    r.record(1, t0 + 60_000);
    expect(r.pending()).toBe(3);
    r.flush();
    expect(batches).toEqual([
      [
        { articleId: 1, day: "2030-01-01", views: 2 },
        { articleId: 2, day: "2030-01-01", views: 1 },
        { articleId: 1, day: "2030-01-02", views: 1 },
      ],
    ]);
    expect(r.pending()).toBe(0);
    r.flush();
    expect(batches).toHaveLength(1);
  });

  it("flushes on its timer", () => {
    vi.useFakeTimers();
    const write = vi.fn();
    const r = make(write);
    r.record(7);
    vi.advanceTimersByTime(9_999);
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it("flushes early once the buffer is full, so memory stays bounded", () => {
    const write = vi.fn();
    const r = make(write, { maxPending: 3 });
    for (const id of [1, 2, 1, 2]) r.record(id, t0);
    expect(write).not.toHaveBeenCalled();
    r.record(3, t0);
    expect(write).toHaveBeenCalledTimes(1);
    expect(r.pending()).toBe(0);
  });

  it("keeps the counts when a write fails, and merges them into the next try", () => {
    const onError = vi.fn();
    const write = vi.fn().mockImplementationOnce(() => {
      throw new Error("busy");
    });
    const r = make(write, { onError });
    r.record(1, t0);
    r.flush();
    expect(onError).toHaveBeenCalledTimes(1);
    r.record(1, t0);
    r.flush();
    expect(write).toHaveBeenLastCalledWith([{ articleId: 1, day: "2030-01-01", views: 2 }]);
  });

  it("flushes when the process exits", () => {
    const write = vi.fn();
    const r = make(write);
    r.record(1, t0);
    process.emit("exit", 0);
    expect(write).toHaveBeenCalledTimes(1);
    r.stop();
    r.record(1, t0);
    process.emit("exit", 0);
    expect(write).toHaveBeenCalledTimes(1);
  });
});
