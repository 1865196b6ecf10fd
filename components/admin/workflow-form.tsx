"use client";

import { useActionState } from "react";
import type { WorkflowState } from "@/app/admin/articles/workflow-actions";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ArticleStatus } from "@/db/schema";
import { TRANSITION_LABELS, type TransitionName } from "@/lib/workflow";

type Props = {
  action: (prev: WorkflowState, formData: FormData) => Promise<WorkflowState>;
  status: ArticleStatus;
  transitions: TransitionName[];
  /** Pre-publish checks on the saved article, shown before anyone presses Publish. */
  warnings: string[];
};

const DANGER: ReadonlySet<TransitionName> = new Set(["unpublish", "archive"]);
const SECONDARY: ReadonlySet<TransitionName> = new Set(["withdraw", "sendBack", "unschedule", "restore"]);

/** The workflow buttons for the moves this person may make now, with a note and a time. */
export function WorkflowForm({ action, status, transitions, warnings: savedWarnings }: Props) {
  const [state, formAction] = useActionState(action, { ok: false } as WorkflowState);
  const errors = state.fieldErrors ?? {};
  const warnings = state.warnings ?? savedWarnings;
  const publishes = transitions.includes("publish") || transitions.includes("schedule");
  if (transitions.length === 0) return <p className="text-sm text-muted">Nothing for you to do here at this stage.</p>;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="expected" value={status} />
      {publishes && warnings.length > 0 ? (
        <div className="rounded border border-amber-700 bg-amber-50 p-3 text-sm text-amber-950">
          <h3 className="font-semibold">Before it goes out</h3>
          <ul className="mt-1 list-disc pl-5">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          <label className="mt-2 flex items-center gap-2 font-semibold">
            <input type="checkbox" name="confirm" /> Publish anyway
          </label>
        </div>
      ) : null}
      <TextAreaField
        id="workflow-note"
        name="note"
        label="Note"
        hint={transitions.includes("sendBack") ? "Required when sending back: what needs to change." : "Optional: kept in the history."}
        rows={2}
        errors={errors.note}
      />
      {transitions.includes("schedule") ? (
        <TextField
          id="workflow-publish-at"
          name="publishAt"
          type="datetime-local"
          step="1"
          label="Publish at (UTC)"
          hint="For Schedule: the story goes live by itself at this time."
          errors={errors.publishAt}
        />
      ) : null}
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-2">
        {transitions.map((name) => (
          <SubmitButton
            key={name}
            name="transition"
            value={name}
            variant={DANGER.has(name) ? "danger" : SECONDARY.has(name) ? "secondary" : "primary"}
          >
            {TRANSITION_LABELS[name]}
          </SubmitButton>
        ))}
      </div>
    </form>
  );
}
