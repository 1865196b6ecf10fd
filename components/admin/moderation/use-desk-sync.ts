"use client";

import { useRouter } from "next/navigation";
import { useEffect, type Dispatch, type RefObject, type SetStateAction } from "react";
import { claimCommentAction, releaseClaimAction } from "@/app/admin/comments/actions";
import type { DeskItem } from "@/db/queries/moderation-queues";
import type { Queue, QueueCounts } from "@/lib/moderation-desk/queues";
import { fetchCounts, POLL_MS, publishCounts } from "./live-counts-store";

// The desk's two conversations with the server that no click starts: claiming the comment in
// focus, and polling the counts and others' claims.

const CLAIM_REFRESH_MS = 60_000;

type Claims = Record<number, string>;

/**
 * Claims the comment in focus, re-claims while it stays open, and lets go when the moderator
 * moves on without deciding (a decision releases the claim on the server). A refused claim
 * shows who holds it.
 */
export function useFocusClaim(
  focusedId: number | null,
  lastDecided: RefObject<number | null>,
  setClaims: Dispatch<SetStateAction<Claims>>,
) {
  useEffect(() => {
    if (focusedId === null) return;
    const id = focusedId;
    let live = true;
    const claim = () =>
      claimCommentAction(id).then((r) => {
        if (live && !r.ok && r.claimedBy) setClaims((c) => ({ ...c, [id]: r.claimedBy! }));
      });
    void claim();
    const timer = setInterval(claim, CLAIM_REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
      // Read at cleanup on purpose: whether this comment was decided while it was open.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      if (lastDecided.current !== id) void releaseClaimAction(id);
    };
  }, [focusedId, lastDecided, setClaims]);
}

/** Live counts and others' claims, every 15 s while the tab is visible; a changed queue length refreshes the list. */
export function useLiveQueue(input: {
  filterQuery: string;
  queue: Queue;
  visibleRef: RefObject<DeskItem[]>;
  setCounts: Dispatch<SetStateAction<QueueCounts>>;
  setClaims: Dispatch<SetStateAction<Claims>>;
}) {
  const { filterQuery, queue, visibleRef, setCounts, setClaims } = input;
  const router = useRouter();
  useEffect(() => {
    const poll = async () => {
      if (document.visibilityState === "hidden") return;
      const ids = visibleRef.current.map((i) => i.id).join(",");
      const data = await fetchCounts([filterQuery, ids ? `ids=${ids}` : ""].filter(Boolean).join("&"));
      if (!data) return;
      publishCounts(data.overall);
      setCounts((old) => {
        if (old[queue] !== data.counts[queue]) router.refresh();
        return data.counts;
      });
      setClaims(Object.fromEntries(Object.entries(data.claims).map(([k, v]) => [Number(k), v])));
    };
    const timer = setInterval(poll, POLL_MS);
    return () => clearInterval(timer);
  }, [filterQuery, queue, router, visibleRef, setCounts, setClaims]);
}
