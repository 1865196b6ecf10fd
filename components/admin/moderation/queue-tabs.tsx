import Link from "next/link";
import { QUEUE_LABELS, QUEUES, WAITING_QUEUES, type Queue, type QueueCounts } from "@/lib/moderation-desk/queues";
import { cn } from "@/lib/utils";

/** One link per queue with its live count; the current one is marked for assistive tech. */
export function QueueTabs({ current, counts, hrefs }: { current: Queue; counts: QueueCounts; hrefs: Record<Queue, string> }) {
  return (
    <nav aria-label="Comment queues">
      <ul className="flex flex-wrap gap-1 border-b border-stone-300">
        {QUEUES.map((queue) => {
          const active = queue === current;
          const waiting = (WAITING_QUEUES as readonly Queue[]).includes(queue) && counts[queue] > 0;
          return (
            <li key={queue}>
              <Link
                href={hrefs[queue]}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px inline-block rounded-t border px-4 py-2 text-sm font-semibold",
                  active ? "border-stone-300 border-b-white bg-white text-ink" : "border-transparent text-muted hover:text-ink",
                  waiting && !active ? "text-ink" : null,
                )}
              >
                {QUEUE_LABELS[queue]} ({counts[queue]})
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
