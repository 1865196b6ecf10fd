"use client";

import { useEffect, useState } from "react";
import { presenceHeartbeatAction } from "@/app/admin/articles/editor-actions";

/** Well inside the server's one-minute window, so an open editor never blinks out of the list. */
const HEARTBEAT_MS = 25_000;

/** Names of the other people who have this article open, refreshed by a heartbeat. */
export function usePresence(articleId: number | undefined): string[] {
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    if (!articleId) return;
    let active = true;
    const beat = async () => {
      try {
        const result = await presenceHeartbeatAction(articleId);
        if (active) setOthers(result.ok ? result.others : []);
      } catch {
        // Offline for a moment: keep the last list and try again on the next beat.
      }
    };
    void beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    return () => {
      active = false;
      clearInterval(timer);
    };
  }, [articleId]);
  return others;
}

/** "Sam Reyes is also editing", "Sam Reyes and Kim Lee are also editing", … */
export function presenceMessage(names: string[]): string {
  if (names.length === 0) return "";
  if (names.length === 1) return `${names[0]} is also editing this article.`;
  const list = `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `${list} are also editing this article.`;
}
