"use client";

import { useEffect, useState } from "react";
import { countsAreFresh, fetchCounts, POLL_MS, publishCounts, subscribeCounts } from "./live-counts-store";

type Waiting = { pending: number; reported: number; appeals: number; review: number };

/**
 * The Comments link's badges: pending first, then reported, to review and appeals when any.
 * Starts from the server's pending count and refreshes every 15 s without a reload.
 */
export function ModerationNavCount({ initialPending }: { initialPending: number }) {
  const [waiting, setWaiting] = useState<Waiting>({ pending: initialPending, reported: 0, appeals: 0, review: 0 });
  // A server render (after a decision) brings a fresh pending count.
  const [seenInitial, setSeenInitial] = useState(initialPending);
  if (seenInitial !== initialPending) {
    setSeenInitial(initialPending);
    setWaiting((w) => ({ ...w, pending: initialPending }));
  }
  useEffect(() => {
    const unsubscribe = subscribeCounts((c) => setWaiting({ pending: c.pending, reported: c.reported, appeals: c.appeals, review: c.review }));
    const poll = async () => {
      if (countsAreFresh() || document.visibilityState === "hidden") return;
      const data = await fetchCounts("");
      if (data) publishCounts(data.overall);
    };
    void poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, []);
  const extra = [
    { n: waiting.reported, label: "reported" },
    { n: waiting.review, label: "to review" },
    { n: waiting.appeals, label: waiting.appeals === 1 ? "appeal" : "appeals" },
  ].filter((e) => e.n > 0);
  return (
    <span data-testid="moderation-nav-count">
      {waiting.pending > 0 ? (
        <span className="ml-1 rounded-full bg-brand px-2 py-0.5 text-xs text-white">
          {waiting.pending}
          <span className="sr-only"> pending</span>
        </span>
      ) : null}
      {extra.map((e) => (
        <span key={e.label} className="ml-1 rounded-full bg-amber-700 px-2 py-0.5 text-xs text-white" title={e.label}>
          {e.n}
          <span className="sr-only"> {e.label}</span>
        </span>
      ))}
    </span>
  );
}
