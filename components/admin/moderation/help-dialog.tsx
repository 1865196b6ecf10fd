"use client";

import { useEffect, useRef } from "react";

export const SHORTCUTS = [
  ["j", "Next comment (skips comments others are reviewing)"],
  ["k", "Previous comment"],
  ["a", "Approve (keep published; publish an appeal)"],
  ["r", "Reject, with a reason (keep rejected on an appeal)"],
  ["s", "Mark as spam"],
  ["f", "Feature or unfeature"],
  ["x", "Select or unselect for bulk actions"],
  ["u", "Undo your last decision"],
  ["?", "Show this help"],
] as const;

/**
 * The shortcuts, in a modal <dialog>: the browser keeps focus inside it and Escape closes it;
 * focus goes back to where it was.
 */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-title"
      onClose={() => {
        onClose();
        if (returnTo.current instanceof HTMLElement) returnTo.current.focus();
      }}
      className="m-auto max-w-lg rounded border border-stone-300 p-6 shadow-lg backdrop:bg-black/40"
    >
      <h2 id="shortcuts-title" className="font-serif text-xl font-bold">
        Keyboard shortcuts
      </h2>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.map(([key, what]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-stone-400 bg-stone-100 px-2 py-0.5 font-mono">{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-6 text-right">
        <button type="submit" autoFocus className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white">
          Close
        </button>
      </form>
    </dialog>
  );
}
