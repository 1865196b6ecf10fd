import type { DecisionEntry } from "@/db/queries/moderation-history";
import { formatDateTime } from "@/lib/utils";

const ACTION_LABELS: Record<string, string> = {
  approve: "Approved",
  reject: "Rejected",
  spam: "Marked as spam",
  feature: "Featured",
  unfeature: "Unfeatured",
  undo: "Undo",
  "auto-approve": "Published by the rules",
  "auto-hold": "Held by the rules",
  "auto-reject": "Rejected by the rules",
  "appeal-upheld": "Appeal: kept rejected",
  "appeal-overturned": "Appeal: published",
};

/** A comment's decisions, newest first: who, when, what, from which state to which, and why. */
export function DecisionHistory({ entries }: { entries: DecisionEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-muted">No decisions yet.</p>;
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">Decisions on this comment, newest first</caption>
      <thead>
        <tr className="border-b border-stone-300">
          <th scope="col" className="py-2 pr-4">When</th>
          <th scope="col" className="py-2 pr-4">Who</th>
          <th scope="col" className="py-2 pr-4">Decision</th>
          <th scope="col" className="py-2 pr-4">State</th>
          <th scope="col" className="py-2">Reason</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} className="border-b border-stone-200 align-top">
            <td className="py-2 pr-4 whitespace-nowrap">
              <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
            </td>
            <td className="py-2 pr-4">{e.actorName ?? <span className="text-muted">Rules</span>}</td>
            <td className="py-2 pr-4">
              {ACTION_LABELS[e.action] ?? e.action}
              {e.undone ? <span className="ml-1 text-muted">(undone)</span> : null}
            </td>
            <td className="py-2 pr-4">
              {e.fromStatus ?? "—"} → {e.toStatus ?? "—"}
            </td>
            <td className="py-2">{e.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
