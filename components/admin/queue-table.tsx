import Link from "next/link";
import type { QueueRow } from "@/db/queries/workflow";
import { formatDateTime } from "@/lib/utils";

type Props = { rows: QueueRow[]; caption: string; timeLabel: string; time: (row: QueueRow) => Date | null; empty: string };

/** A compact list of stories for the review desk: headline, assignee and the time that matters. */
export function QueueTable({ rows, caption, timeLabel, time, empty }: Props) {
  if (rows.length === 0) return <p className="mt-3 text-muted">{empty}</p>;
  return (
    <table className="mt-3 w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-stone-300">
          <th scope="col" className="py-2 pr-4">Headline</th>
          <th scope="col" className="py-2 pr-4">Assignee</th>
          <th scope="col" className="py-2">{timeLabel}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const at = time(row);
          return (
            <tr key={row.id} className="border-b border-stone-200">
              <td className="py-2 pr-4">
                <Link href={`/admin/articles/${row.id}/edit`} className="font-semibold text-brand underline">
                  {row.headline}
                </Link>
              </td>
              <td className="py-2 pr-4">{row.assigneeName ?? "—"}</td>
              <td className="py-2">{at ? <time dateTime={at.toISOString()}>{formatDateTime(at)}</time> : "—"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
