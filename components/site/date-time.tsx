import { formatDate } from "@/lib/utils";

/** A date a reader can see and a machine can read. */
export function DateTime({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={date.toISOString()} className={className}>
      {formatDate(date)}
    </time>
  );
}
