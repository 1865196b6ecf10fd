"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { formatDateTime } from "@/lib/utils";
import { CORRECTION_KIND_OPTIONS, CORRECTION_LABELS, CORRECTION_MAX_LENGTH } from "@/lib/validation/corrections";
import type { DraftActionState } from "@/app/admin/articles/[id]/edit/corrections-actions";
import { CorrectionDraftCard, type CorrectionDraft } from "./correction-draft-card";
import type { CorrectionKind } from "@/db/schema";

type Entry = { id: number; kind: CorrectionKind; body: string; createdAt: Date };
type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  corrections: Entry[];
  /** Drafts opened from readers' factual challenges, still waiting for an editor. */
  drafts: CorrectionDraft[];
  draftAction: (prev: DraftActionState, formData: FormData) => Promise<DraftActionState>;
};

/**
 * Corrections on a live story: what has been published, and a form to append one. Entries
 * are permanent on purpose (a correction that quietly disappears is its own error), so there is
 * no edit or delete here.
 */
export function CorrectionsPanel({ action, corrections, drafts, draftAction }: Props) {
  const [state, formAction] = useActionState(action, initialActionState);
  // Held here, not in the card: publishing or dismissing a draft removes its card.
  const [draftState, draftFormAction] = useActionState<DraftActionState, FormData>(draftAction, initialActionState);
  const answered = draftState.draftId !== undefined && !drafts.some((d) => d.id === draftState.draftId);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state]);

  // React resets a form after its action; submitting by hand keeps the text after a refusal.
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <section
      aria-labelledby="corrections-panel-heading"
      className="rounded border border-stone-300 bg-white p-4"
    >
      <h2 id="corrections-panel-heading" className="text-lg font-semibold">
        Corrections and updates
      </h2>
      <p className="mt-1 text-sm text-muted">
        Readers see these under the story and on the Corrections page, and each one moves the story&apos;s
        &ldquo;Updated&rdquo; time. A plain save (a typo fix) does not.
      </p>
      {answered ? (
        <div className="mt-3">
          <FormMessage state={draftState} />
        </div>
      ) : null}
      {drafts.length > 0 ? (
        <div className="mt-3 space-y-3">
          {drafts.map((draft) => (
            <CorrectionDraftCard
              key={draft.id}
              draft={draft}
              state={draftState.draftId === draft.id ? draftState : initialActionState}
              formAction={draftFormAction}
            />
          ))}
        </div>
      ) : null}
      {corrections.length > 0 ? (
        <ul className="mt-3 space-y-2 text-sm" aria-label="Published corrections">
          {corrections.map((entry) => (
            <li key={entry.id} className="border-l-4 border-stone-300 pl-3">
              <strong>{CORRECTION_LABELS[entry.kind]}</strong>{" "}
              <span className="text-muted">{formatDateTime(entry.createdAt)}</span>
              <p className="break-words whitespace-pre-wrap">{entry.body}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <form ref={formRef} action={formAction} onSubmit={onSubmit} className="mt-4 space-y-3" noValidate>
        <SelectField
          id="correction-kind"
          name="kind"
          label="Type"
          options={CORRECTION_KIND_OPTIONS}
          defaultValue="correction"
          errors={state.fieldErrors?.kind}
        />
        <TextAreaField
          id="correction-body"
          name="body"
          label="Text"
          hint={`Plain text, published as written: what was wrong and what is right. Up to ${CORRECTION_MAX_LENGTH.toLocaleString("en-GB")} characters.`}
          rows={3}
          maxLength={CORRECTION_MAX_LENGTH}
          required
          errors={state.fieldErrors?.body}
        />
        <FormMessage state={state} />
        <SubmitButton pendingLabel="Publishing…">Publish correction</SubmitButton>
      </form>
    </section>
  );
}
