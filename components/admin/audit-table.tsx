import Link from "next/link";
import type { AuditRow } from "@/db/queries/audit-log";
import { formatDateTime } from "@/lib/utils";
import { auditActionLabel } from "./audit-labels";

/** Who did what to what, and when; all text, escaped like everything React renders. */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0) return <p className="mt-4">No entries match these filters.</p>;
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Audit log entries, newest first</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-2 pr-4">
              When
            </th>
            <th scope="col" className="py-2 pr-4">
              Who
            </th>
            <th scope="col" className="py-2 pr-4">
              What
            </th>
            <th scope="col" className="py-2 pr-4">
              Target
            </th>
            <th scope="col" className="py-2 pr-4">
              Story
            </th>
            <th scope="col" className="py-2">
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-stone-200 align-top">
              <td className="py-2 pr-4 whitespace-nowrap">
                <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time>
              </td>
              <td className="py-2 pr-4">
                {row.actor ? row.actor.name : <span className="text-muted">System</span>}
              </td>
              <td className="py-2 pr-4">
                {auditActionLabel(row.action)}
                <code className="block text-xs text-muted">{row.action}</code>
              </td>
              <td className="py-2 pr-4">
                <AuditTarget row={row} />
              </td>
              <td className="py-2 pr-4">
                {row.story ? (
                  <Link href={`/admin/audit?story=${row.story.id}`} className="text-brand underline">
                    {row.story.headline}
                    <span className="sr-only"> (all entries on this story)</span>
                  </Link>
                ) : (
                  <span className="text-muted">—</span>
                )}
              </td>
              <td className="py-2">{row.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AuditTarget({ row }: { row: AuditRow }) {
  const fallback = row.targetId === null ? row.targetType : `${row.targetType} #${row.targetId}`;
  if (!row.targetLabel) return <span className="text-muted">{fallback}</span>;
  if (row.targetType === "article" && row.targetId !== null) {
    return (
      <Link href={`/admin/articles/${row.targetId}/edit`} className="text-brand underline">
        {row.targetLabel}
      </Link>
    );
  }
  if (row.targetType === "comment" && row.targetId !== null) {
    return (
      <span className="flex flex-col">
        <Link href={`/admin/comments/${row.targetId}`} className="text-brand underline">
          {row.targetLabel} (#{row.targetId})
        </Link>
        <Link href={`/admin/audit?comment=${row.targetId}`} className="text-xs text-brand underline">
          Comment history<span className="sr-only"> of comment #{row.targetId}</span>
        </Link>
      </span>
    );
  }
  return <>{row.targetLabel}</>;
}
