import { formatDate, formatDateTime } from "@/lib/utils";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "12 min ago", "3 h ago", "4 days ago"; older than a month, the date itself. */
export function timeAgo(date: Date, now: Date): string {
  const elapsed = Math.max(0, now.getTime() - date.getTime());
  if (elapsed < MINUTE) return "just now";
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  const days = Math.floor(elapsed / DAY);
  if (days <= 30) return days === 1 ? "1 day ago" : `${days} days ago`;
  return `on ${formatDate(date)}`;
}

/** A relative time a moderator can scan, with the exact moment for machines and on hover. */
export function ModerationTime({ date, now }: { date: Date; now: Date }) {
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)}>
      {timeAgo(date, now)}
    </time>
  );
}
