"use client";

import Link from "next/link";
import { startTransition } from "react";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/action-state";
import { formatDateTime } from "@/lib/utils";
import { CORRECTION_KIND_OPTIONS, CORRECTION_MAX_LENGTH } from "@/lib/validation/corrections";
import type { CorrectionKind } from "@/db/schema";

export type CorrectionDraft = {
  id: number;
  note: string;
  kind: CorrectionKind;
  body: string;
  createdAt: Date;
  raisedBy: string | null;
  comment: { id: number; authorName: string; body: string } | null;
};

type Props = {
  draft: CorrectionDraft;
  /** The last answer's outcome, when it was about this draft. */
  state: ActionState;
  formAction: (formData: FormData) => void;
};

/**
 * A correction draft opened from a reader's factual challenge: the comment and the note that
 * raised it, the text readers will see, and the editor's three answers (publish, save, dismiss).
 */
export function CorrectionDraftCard({ draft, state, formAction }: Props) {
  const { id, note, kind, body, createdAt, raisedBy, comment } = draft;
  const headingId = `correction-draft-${id}-heading`;

  // Submitting by hand keeps the typed text after a refusal, and sends the button pressed.
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  }

  return (
    <article
      id={`correction-draft-${id}`}
      aria-labelledby={headingId}
      className="rounded border-2 border-amber-600 bg-amber-50 p-3 dark:bg-stone-900"
    >
      <h3 id={headingId} className="font-semibold">
        Correction draft from a reader&apos;s comment
      </h3>
      <p className="mt-1 text-sm text-muted">
        Raised by {raisedBy ?? "someone"} on {formatDateTime(createdAt)}: {note}
      </p>
      {comment ? (
        <blockquote className="mt-2 border-l-4 border-stone-300 pl-3 text-sm">
          <Link href={`/admin/comments/${comment.id}`} className="underline">
            Comment by {comment.authorName}
          </Link>
          :{" "}
          <span className="break-words whitespace-pre-line">
            {comment.body.length > 300 ? `${comment.body.slice(0, 300)}…` : comment.body}
          </span>
        </blockquote>
      ) : (
        <p className="mt-2 text-sm text-muted">The comment has since been deleted.</p>
      )}
      <form action={formAction} onSubmit={onSubmit} className="mt-3 space-y-3" noValidate>
        <input type="hidden" name="draft" value={id} />
        <SelectField
          id={`correction-draft-${id}-kind`}
          name="kind"
          label="Type"
          options={CORRECTION_KIND_OPTIONS}
          defaultValue={kind}
          errors={state.fieldErrors?.kind}
        />
        <TextAreaField
          id={`correction-draft-${id}-body`}
          name="body"
          label="Text readers will see"
          hint={`Check the comment's claim first. Plain text, up to ${CORRECTION_MAX_LENGTH.toLocaleString("en-GB")} characters.`}
          rows={3}
          maxLength={CORRECTION_MAX_LENGTH}
          defaultValue={body}
          required
          errors={state.fieldErrors?.body}
        />
        <FormMessage state={state} />
        <div className="flex flex-wrap gap-2">
          <SubmitButton name="intent" value="publish" pendingLabel="Publishing…">
            Publish draft as correction
          </SubmitButton>
          <SubmitButton name="intent" value="save" variant="secondary" pendingLabel="Saving…">
            Save draft
          </SubmitButton>
          <SubmitButton name="intent" value="dismiss" variant="secondary" pendingLabel="Dismissing…">
            Dismiss draft
          </SubmitButton>
        </div>
      </form>
    </article>
  );
}
