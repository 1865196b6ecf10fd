"use client";

import { useActionState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/action-state";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  people: Array<{ id: number; name: string }>;
  assigneeId: number | null;
  /** `YYYY-MM-DDTHH:MM` in UTC, or empty. */
  dueAt: string;
};

/** Who owns the story and when it is due; editors only. */
export function AssignmentForm({ action, people, assigneeId, dueAt }: Props) {
  const [state, formAction] = useActionState(action, initialActionState);
  const options = [{ value: "", label: "Nobody" }, ...people.map((p) => ({ value: String(p.id), label: p.name }))];
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" noValidate>
      <SelectField id="assign-who" name="assigneeId" label="Assignee" options={options} defaultValue={assigneeId ? String(assigneeId) : ""} errors={state.fieldErrors?.assigneeId} />
      <TextField id="assign-due" name="dueAt" type="datetime-local" label="Due (UTC)" defaultValue={dueAt} errors={state.fieldErrors?.dueAt} />
      <SubmitButton variant="secondary">Save assignment</SubmitButton>
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
