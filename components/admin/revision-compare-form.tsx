import type { RevisionEntry } from "@/db/queries/revisions";
import { formatDateTime } from "@/lib/utils";

function optionLabel(r: RevisionEntry): string {
  return `${r.number} · ${formatDateTime(r.createdAt)} · ${r.authorName ?? "unknown"}`;
}

/** Two lists of revisions and a button: a plain GET form, so the comparison lives in the URL. */
export function RevisionCompareForm({ revisions, from, to }: { revisions: RevisionEntry[]; from: number; to: number }) {
  return (
    <form method="get" className="mt-3 flex flex-wrap items-end gap-4">
      {(
        [
          ["from", "From revision", from],
          ["to", "To revision", to],
        ] as const
      ).map(([name, label, value]) => (
        <div key={name}>
          <label htmlFor={`compare-${name}`} className="block text-sm font-semibold">
            {label}
          </label>
          <select
            id={`compare-${name}`}
            name={name}
            defaultValue={String(value)}
            className="mt-1 block rounded border border-stone-400 bg-white px-3 py-2 text-sm"
          >
            {revisions.map((r) => (
              <option key={r.id} value={String(r.number)}>
                {optionLabel(r)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="rounded border border-stone-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-stone-100">
        Compare
      </button>
    </form>
  );
}
