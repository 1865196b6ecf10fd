import type { QueueCounts } from "@/lib/moderation-desk/queues";

// One poller's fresh overall counts, shared with the nav badge so a page with the desk does
// not poll twice.
type Listener = (counts: QueueCounts) => void;
const listeners = new Set<Listener>();
let lastAt = 0;

export const POLL_MS = 15_000;

export function publishCounts(counts: QueueCounts): void {
  lastAt = Date.now();
  for (const listener of listeners) listener(counts);
}

export function subscribeCounts(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True when another poller published a moment ago. */
export function countsAreFresh(): boolean {
  return Date.now() - lastAt < POLL_MS - 1000;
}

/** Fetches the counts route; null when signed out, refused or offline (try again next time). */
export async function fetchCounts(query: string): Promise<{ counts: QueueCounts; overall: QueueCounts; claims: Record<string, string> } | null> {
  try {
    const res = await fetch(`/api/admin/moderation/counts${query ? `?${query}` : ""}`, { cache: "no-store" });
    if (!res.ok) return null;
    return await res.json();
  } catch {
    return null;
  }
}
