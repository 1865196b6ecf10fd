"use client";

import { useId, useState } from "react";

type BulkDecision = "approved" | "rejected" | "spam";

/**
 * Select all on the page and act on the selection. A real form (the rows' checkboxes belong to
 * it by form="bulk-form"), so it works without JavaScript too.
 */
export function BulkBar({
  formAction,
  reasons,
  selectedCount,
  allSelected,
  onSelectAll,
  onBulk,
}: {
  formAction: (formData: FormData) => void;
  reasons: readonly string[];
  selectedCount: number;
  allSelected: boolean;
  onSelectAll: (all: boolean) => void;
  onBulk: (decision: BulkDecision, reason: string) => void;
}) {
  const reasonId = useId();
  const [reason, setReason] = useState(reasons[0] ?? "");
  return (
    <form
      id="bulk-form"
      action={formAction}
      aria-label="Bulk actions"
      onSubmit={(e) => {
        e.preventDefault();
        const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        const decision = submitter?.value as BulkDecision | undefined;
        if (decision) onBulk(decision, decision === "rejected" ? reason : "");
      }}
      className="flex flex-wrap items-center gap-3 rounded border border-stone-300 bg-white px-3 py-2 text-sm"
    >
      <label className="flex items-center gap-2 font-semibold">
        <input type="checkbox" checked={allSelected} onChange={(e) => onSelectAll(e.target.checked)} className="size-4" />
        Select all on this page
      </label>
      <span aria-live="polite">{selectedCount} selected</span>
      <button type="submit" name="decision" value="approved" className="rounded bg-brand px-3 py-1 font-semibold text-white">
        Approve selected
      </button>
      <label htmlFor={reasonId} className="sr-only">
        Reason for rejecting the selected comments
      </label>
      <select id={reasonId} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} className="rounded border border-stone-400 px-2 py-1">
        {reasons.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button type="submit" name="decision" value="rejected" className="rounded border border-stone-400 px-3 py-1 font-semibold">
        Reject selected
      </button>
      <button type="submit" name="decision" value="spam" className="rounded bg-red-800 px-3 py-1 font-semibold text-white">
        Spam selected
      </button>
    </form>
  );
}
