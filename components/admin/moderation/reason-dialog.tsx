"use client";

import { useEffect, useRef, useState } from "react";
import { MAX_REASON_LENGTH } from "@/lib/moderation-desk/reasons";

const OTHER = "__other__";

/**
 * Asks why a comment is rejected: the listed reasons (keys 1–9 pick one) or one typed in.
 * Enter confirms, Escape cancels; focus returns to the comment.
 */
export function ReasonDialog({
  open,
  subject,
  reasons,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  subject: string;
  reasons: readonly string[];
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<string>(reasons[0] ?? OTHER);
  const [custom, setCustom] = useState("");
  const [error, setError] = useState("");
  const confirmed = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      confirmed.current = false;
      setChoice(reasons[0] ?? OTHER);
      setCustom("");
      setError("");
      dialog.showModal();
      dialog.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open, reasons]);

  const confirm = () => {
    const reason = choice === OTHER ? custom.trim() : choice;
    if (choice === OTHER && reason.length < 2) {
      setError("Write the reason, or pick one from the list.");
      return;
    }
    confirmed.current = true;
    onConfirm(reason);
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby="reason-title"
      onClose={() => {
        if (!confirmed.current) onCancel();
      }}
      onKeyDown={(e) => {
        const target = e.target as HTMLElement;
        if (target.tagName !== "INPUT" || (target as HTMLInputElement).type !== "text") {
          const n = Number(e.key);
          if (Number.isInteger(n) && n >= 1 && n <= Math.min(9, reasons.length)) {
            e.preventDefault();
            setChoice(reasons[n - 1]!);
            ref.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]')[n - 1]?.focus();
            return;
          }
        }
        if (e.key === "Enter" && target.tagName !== "BUTTON") {
          e.preventDefault();
          confirm();
        }
      }}
      className="m-auto w-full max-w-lg rounded border border-stone-300 p-6 shadow-lg backdrop:bg-black/40"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          confirm();
        }}
      >
        <h2 id="reason-title" className="font-serif text-xl font-bold">
          Reject {subject}
        </h2>
        <fieldset className="mt-4 space-y-2">
          <legend className="text-sm font-semibold">Reason told to the commenter</legend>
          {reasons.map((reason, i) => (
            <label key={reason} className="flex items-center gap-2 text-sm">
              <input type="radio" name="reason" value={reason} checked={choice === reason} onChange={() => setChoice(reason)} />
              <kbd className="rounded border border-stone-300 px-1 font-mono text-xs">{i + 1}</kbd> {reason}
            </label>
          ))}
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="reason" value={OTHER} checked={choice === OTHER} onChange={() => setChoice(OTHER)} />
            Other reason
          </label>
          <label htmlFor="custom-reason" className="sr-only">
            Other reason
          </label>
          <input
            id="custom-reason"
            type="text"
            value={custom}
            maxLength={MAX_REASON_LENGTH}
            onFocus={() => setChoice(OTHER)}
            onChange={(e) => {
              setChoice(OTHER);
              setCustom(e.target.value);
            }}
            aria-describedby={error ? "custom-reason-error" : undefined}
            aria-invalid={error ? true : undefined}
            className="block w-full rounded border border-stone-400 px-3 py-2 text-sm"
            placeholder="Write a reason"
          />
          {error ? (
            <p id="custom-reason-error" className="text-sm text-red-800" aria-live="polite">
              {error}
            </p>
          ) : null}
        </fieldset>
        <div className="mt-6 flex justify-end gap-2">
          <button type="button" onClick={() => ref.current?.close()} className="rounded border border-stone-400 px-4 py-2 text-sm font-semibold">
            Cancel
          </button>
          <button type="submit" className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white">
            Reject
          </button>
        </div>
      </form>
    </dialog>
  );
}
