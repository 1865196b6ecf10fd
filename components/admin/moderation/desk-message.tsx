"use client";

import type { DeskState } from "@/app/admin/comments/actions";
import { cn } from "@/lib/utils";

/** The outcome of the last decision, announced to screen readers, with Undo after a success. */
export function DeskMessage({ state, onUndo }: { state: DeskState; onUndo?: () => void }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {state.message ? (
        <div
          className={cn(
            "flex items-center justify-between gap-3 rounded border px-3 py-2 text-sm",
            state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900",
          )}
        >
          <p role="status">{state.message}</p>
          {onUndo ? (
            <button type="button" onClick={onUndo} className="rounded border border-green-800 px-3 py-1 font-semibold">
              Undo
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
