"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { FormValue } from "@/lib/editor/conflict";
import { backupDecision, backupKey, parseBackup, valuesKey, type Backup } from "@/lib/editor/local-backup";

const WRITE_DELAY_MS = 800;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Private modes and strict settings can refuse storage: the editor works without a backup.
    return null;
  }
}

/**
 * Keeps the editor's text in localStorage as the writer types, and on opening offers back text
 * that never reached the server. `read` returns the form's current values; `stored` are the
 * values the page was loaded with, saved at `savedAt` (ms).
 */
export function useLocalBackup(options: {
  articleId: number | undefined;
  version: number;
  savedAt: number;
  stored: Record<string, FormValue>;
  read: () => Record<string, FormValue> | null;
}) {
  const { articleId, version, savedAt, stored, read } = options;
  const [offer, setOffer] = useState<Backup | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const baseline = useRef(valuesKey(stored));

  // Once, on opening: the backup is browser state, so it can only be looked at after mounting.
  useEffect(() => {
    const store = storage();
    if (!articleId || !store) return;
    const backup = parseBackup(store.getItem(backupKey(articleId)));
    const decision = backupDecision(backup, { values: stored, savedAt });
    if (decision === "discard") store.removeItem(backupKey(articleId));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading an external store once after mount
    if (decision === "offer") setOffer(backup);
    // Only the state at opening counts; later renders must not re-offer what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  /** Call on every edit: writes the backup once typing pauses. */
  const changed = useCallback(() => {
    if (!articleId) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      const store = storage();
      const values = read();
      if (!store || !values) return;
      // Nothing unsaved: no backup, so an old one cannot be offered later.
      if (valuesKey(values) === baseline.current) store.removeItem(backupKey(articleId));
      else store.setItem(backupKey(articleId), JSON.stringify({ at: Date.now(), version, values } satisfies Backup));
    }, WRITE_DELAY_MS);
  }, [articleId, version, read]);

  /** After a save: what is stored now is the new baseline, and the backup has done its job. */
  const saved = useCallback(
    (values: Record<string, FormValue>) => {
      baseline.current = valuesKey(values);
      const store = storage();
      const current = read();
      if (store && articleId && current && valuesKey(current) === baseline.current) store.removeItem(backupKey(articleId));
    },
    [articleId, read],
  );

  const dismiss = useCallback(() => {
    setOffer(null);
    const store = storage();
    if (store && articleId) store.removeItem(backupKey(articleId));
  }, [articleId]);

  return { offer, dismiss, clearOffer: () => setOffer(null), changed, saved };
}
