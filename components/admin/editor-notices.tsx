"use client";

import type { Backup } from "@/lib/editor/local-backup";
import { presenceMessage } from "./use-presence";

function backupTime(at: number): string {
  const date = new Date(at);
  const time = date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return date.toDateString() === new Date().toDateString() ? time : `${date.toLocaleDateString([], { day: "numeric", month: "short" })}, ${time}`;
}

/** The offer to bring back text that this browser kept but the server never got. */
export function BackupOffer({ offer, onRestore, onDiscard }: { offer: Backup; onRestore: () => void; onDiscard: () => void }) {
  return (
    <div role="region" aria-labelledby="backup-offer-text" className="flex flex-wrap items-center gap-3 rounded border border-blue-700 bg-blue-50 px-3 py-2 text-sm">
      <p id="backup-offer-text" className="font-semibold">
        Restore unsaved text from {backupTime(offer.at)}?
      </p>
      <p className="text-muted">This browser kept it from an earlier visit; it is newer than the saved version.</p>
      <div className="flex gap-2">
        <button type="button" onClick={onRestore} className="rounded bg-blue-800 px-3 py-1 font-semibold text-white hover:bg-blue-900">
          Restore unsaved text
        </button>
        <button type="button" onClick={onDiscard} className="rounded border border-stone-400 bg-white px-3 py-1 hover:bg-stone-100">
          Discard it
        </button>
      </div>
    </div>
  );
}

/** Who else has the story open; announced politely when it changes. */
export function PresenceNotice({ names }: { names: string[] }) {
  const message = presenceMessage(names);
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {message ? <p className="rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm">{message} Save often: if you both change the same text, the second save will ask you to merge.</p> : null}
    </div>
  );
}
