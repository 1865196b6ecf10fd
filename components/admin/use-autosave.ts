"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { autosaveArticleAction } from "@/app/admin/articles/editor-actions";
import type { FormValue } from "@/lib/editor/conflict";
import type { SaveConflict } from "@/lib/editor/save-state";

type Values = Record<string, FormValue>;

export const AUTOSAVE_DELAY_MS = 20_000;

export type AutosaveStatus =
  | { kind: "idle" }
  | { kind: "unsaved" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "waiting"; message: string }
  | { kind: "off"; message: string };

/**
 * Saves a draft in the background about 20 seconds after the first unsaved change (not after
 * the last one: steady typing must not postpone it forever). It posts the whole form, version
 * included, through the same checks as the Save button, so a stale autosave becomes a conflict
 * to merge like any other. `enabled` is false for new and live articles.
 */
export function useAutosave(options: {
  articleId: number | undefined;
  enabled: boolean;
  form: React.RefObject<HTMLFormElement | null>;
  /** The form's values now, and whether they differ from what is stored. */
  pending: () => { dirty: boolean; values: Values } | null;
  /** `values`: exactly what this autosave stored (typing may have gone on since). */
  onSaved: (version: number, values: Values) => void;
  onConflict: (conflict: SaveConflict) => void;
}) {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inflight = useRef<Promise<void> | null>(null);
  const latest = useRef(options);
  const stopped = useRef(false);

  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  // A named function expression, so a round that finds new typing can schedule itself again.
  const run = useCallback(function run() {
    timer.current = null;
    const { articleId, enabled, form, pending, onSaved, onConflict } = latest.current;
    const state = pending();
    if (!articleId || !enabled || stopped.current || !form.current || !state) return;
    if (!state.dirty) return setStatus({ kind: "idle" });
    setStatus({ kind: "saving" });
    const data = new FormData(form.current);
    const request = (async () => {
      try {
        const result = await autosaveArticleAction(articleId, data);
        if (result.ok) {
          onSaved(result.version, state.values);
          // Typing that arrived during the round trip is still unsaved: go round again.
          if (latest.current.pending()?.dirty) {
            setStatus({ kind: "unsaved" });
            timer.current = setTimeout(run, AUTOSAVE_DELAY_MS);
          } else {
            setStatus({ kind: "saved", at: new Date(result.savedAt) });
          }
          return;
        }
        if (result.conflict) onConflict(result.conflict);
        if (result.stop) stopped.current = true;
        setStatus(result.stop ? { kind: "off", message: result.message } : { kind: "waiting", message: result.message });
      } catch {
        setStatus({ kind: "waiting", message: "Not autosaved: the server could not be reached. Your text is kept in this browser." });
      }
    })();
    inflight.current = request.finally(() => {
      inflight.current = null;
    });
  }, []);

  /** Call on every edit. */
  const changed = useCallback(() => {
    if (stopped.current) return;
    setStatus((s) => (s.kind === "saving" ? s : { kind: "unsaved" }));
    if (latest.current.enabled && !timer.current) timer.current = setTimeout(run, AUTOSAVE_DELAY_MS);
  }, [run]);

  /**
   * Before a save by hand: no autosave may start, and one under way must land first, so the
   * hand save is based on its version instead of conflicting with the writer's own autosave.
   */
  const settle = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    await inflight.current;
  }, []);

  return { status, changed, settle };
}

/** The status line's words. Times are the browser's local time, as the writer reads a clock. */
export function autosaveMessage(status: AutosaveStatus, enabled: boolean): string {
  switch (status.kind) {
    case "idle":
      return enabled ? "Autosave is on for this draft." : "";
    case "unsaved":
      return enabled ? "Unsaved changes; autosave will save them shortly." : "Unsaved changes.";
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved at ${status.at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}.`;
    case "waiting":
    case "off":
      return status.message;
  }
}
