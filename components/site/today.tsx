"use client";

import { useSyncExternalStore } from "react";
import { formatDate } from "@/lib/utils";

const noSubscription = () => () => {};

/**
 * Today's date for the masthead. Pages are cached renders, so a server-rendered date would go
 * stale; the reader's browser fills it in instead (nothing shows without JavaScript).
 */
export function Today() {
  const today = useSyncExternalStore(
    noSubscription,
    () => new Date().toISOString().slice(0, 10),
    () => null,
  );
  if (!today) return null;
  return <time dateTime={today}>{formatDate(new Date(today))}</time>;
}
