"use client";

import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { initialActionState } from "@/lib/action-state";
import { conflictingFields, mergeChoices, type Choice } from "@/lib/editor/conflict";
import { valuesKey } from "@/lib/editor/local-backup";
import type { ArticleSaveState, SaveConflict } from "@/lib/editor/save-state";
import type { ArticleFormValues } from "./article-form";
import type { BylineOption } from "./byline-picker";
import type { ConflictView } from "./conflict-panel";
import { readFormValues } from "./form-snapshot";
import { useAutosave } from "./use-autosave";
import { useLocalBackup } from "./use-local-backup";
import { usePresence } from "./use-presence";

type Options = {
  action: (prev: ArticleSaveState, formData: FormData) => Promise<ArticleSaveState>;
  initial: ArticleFormValues;
  bylineOptions: BylineOption[];
  /** Set for an existing article: its id, loaded version, last save (ISO) and whether to autosave. */
  article?: { id: number; version: number; savedAt: string; autosave: boolean };
};

/**
 * Everything that keeps an open editor from losing text: the version it posts, the conflict
 * state after a refused save, autosave, the browser backup and who else is editing. The form
 * component only renders; this hook owns the values.
 */
export function useEditorSession({ action, initial, bylineOptions, article }: Options) {
  const form = useRef<HTMLFormElement>(null);
  const [values, setRawValues] = useState(initial);
  const [version, setVersion] = useState(article?.version ?? 0);
  const [conflict, setConflict] = useState<ConflictView | null>(null);
  // The byline picker keeps its own ticks; a new key re-creates it with other ones.
  const [byline, setByline] = useState({ key: 0, checked: initial.authorIds, options: bylineOptions });
  // Timers and the action wrapper run outside render, so they read these refs, not state.
  const stored = useRef(initial); // values as last stored: the merge base and what "unsaved" means
  const current = useRef(initial);
  const versionRef = useRef(version);
  useEffect(() => {
    current.current = values;
    versionRef.current = version;
  }, [values, version]);

  const read = (): ArticleFormValues => (form.current ? readFormValues(form.current, current.current) : current.current);

  const backup = useLocalBackup({
    articleId: article?.id,
    version,
    savedAt: article ? Date.parse(article.savedAt) : 0,
    stored: initial,
    read,
  });

  const autosave = useAutosave({
    articleId: article?.id,
    enabled: Boolean(article?.autosave) && conflict === null,
    form,
    pending: () => {
      const now = read();
      return { dirty: valuesKey(now) !== valuesKey(stored.current), values: now };
    },
    onSaved: (next, saved) => {
      versionRef.current = next;
      setVersion(next);
      stored.current = saved as ArticleFormValues;
      backup.saved(saved);
    },
    onConflict: showConflict,
  });

  function edited() {
    autosave.changed();
    backup.changed();
  }

  /** Puts values into the form (a merge choice, a restored backup), byline included. */
  function apply(next: ArticleFormValues, extraAuthors: BylineOption[] = []) {
    setRawValues(next);
    setByline((b) => {
      const known = new Set(b.options.map((o) => o.id));
      return { key: b.key + 1, checked: next.authorIds, options: [...b.options, ...extraAuthors.filter((a) => !known.has(a.id))] };
    });
    edited();
  }

  function showConflict(incoming: SaveConflict) {
    const mine = read();
    const base = stored.current;
    versionRef.current = incoming.version;
    setVersion(incoming.version);
    setConflict({ conflict: incoming, mine, base });
    // Fields only they changed come across at once; the writer's own changes stay until they choose.
    const choices = Object.fromEntries(conflictingFields(mine, incoming.theirs, base).map((f) => [f.field, f.initial]));
    apply(mergeChoices(mine, incoming.theirs, choices as Partial<Record<keyof ArticleFormValues, Choice>>), incoming.theirAuthors);
    stored.current = incoming.theirs;
  }

  const setValues: typeof setRawValues = (update) => {
    setRawValues(update);
    edited();
  };

  const [state, formAction] = useActionState(async (prev: ArticleSaveState, formData: FormData) => {
    // Let a running autosave land first and post its version, not the one the form showed.
    await autosave.settle();
    if (versionRef.current) formData.set("version", String(versionRef.current));
    const result = await action(prev, formData);
    // Updates after an await leave the action's transition unless put back in one.
    const conflict = result.conflict;
    if (conflict) startTransition(() => showConflict(conflict));
    return result;
  }, initialActionState as ArticleSaveState);

  function choose<K extends keyof ArticleFormValues>(field: K, value: ArticleFormValues[K]) {
    apply({ ...read(), [field]: value }, field === "authorIds" && conflict ? conflict.conflict.theirAuthors : []);
  }

  function restoreBackup() {
    if (!backup.offer) return;
    apply({ ...read(), ...(backup.offer.values as Partial<ArticleFormValues>) });
    backup.clearOffer();
  }

  return {
    form,
    values,
    setValues,
    version,
    byline,
    state,
    formAction,
    conflict,
    choose,
    edited,
    backupOffer: backup.offer,
    restoreBackup,
    dismissBackup: backup.dismiss,
    autosaveStatus: autosave.status,
    others: usePresence(article?.id),
  };
}
