"use client";

import { autosaveMessage, type AutosaveStatus } from "./use-autosave";

/** The "Saved at 14:02" / "Saving…" line beside the Save button, announced to screen readers. */
export function SaveStatus({ status, autosave }: { status: AutosaveStatus; autosave: boolean }) {
  return (
    <p role="status" aria-live="polite" aria-atomic="true" className="text-sm text-muted">
      {autosaveMessage(status, autosave)}
    </p>
  );
}
