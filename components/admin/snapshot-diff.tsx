import type { Revision } from "@/db/queries/revisions";
import { diffSnapshots, unchangedLabels } from "@/lib/revision-snapshot";
import { formatDateTime } from "@/lib/utils";
import { DiffLegend, TextDiff } from "./text-diff";

function describe(r: Revision): string {
  return `revision ${r.number} (${r.authorName ?? "unknown"}, ${formatDateTime(r.createdAt)})`;
}

/** Field by field, what changed from one revision to another; unchanged fields are only named. */
export function SnapshotDiff({ from, to }: { from: Revision; to: Revision }) {
  const diffs = diffSnapshots(from.snapshot, to.snapshot);
  const same = unchangedLabels(from.snapshot, to.snapshot);
  return (
    <div role="region" aria-label={`Differences between revision ${from.number} and revision ${to.number}`} className="mt-4 space-y-4">
      <p className="text-sm">
        Changes from {describe(from)} to {describe(to)}.
      </p>
      <DiffLegend />
      {diffs.length === 0 ? <p className="font-semibold">These two revisions are identical.</p> : null}
      {diffs.map((d) => (
        <div key={d.field} className="rounded border border-stone-300 bg-white p-3">
          <h3 className="text-sm font-semibold">{d.label}</h3>
          <TextDiff parts={d.parts} long={d.long} className="mt-1" />
        </div>
      ))}
      {diffs.length > 0 && same.length > 0 ? <p className="text-sm text-muted">Unchanged: {same.join(", ")}.</p> : null}
    </div>
  );
}
