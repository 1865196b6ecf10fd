"use client";

import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/action-state";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  initial: { headline: string; dek: string; body: string };
};

/** The next version of a live story, prepared now and swapped in at the chosen time. */
export function ScheduledUpdateForm({ action, initial }: Props) {
  const [state, formAction] = useActionState(action, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField id="update-headline" name="headline" label="Headline" defaultValue={initial.headline} errors={errors.headline} required />
      <TextAreaField id="update-dek" name="dek" label="Dek" rows={2} defaultValue={initial.dek} errors={errors.dek} />
      <TextAreaField id="update-body" name="body" label="Body (Markdown)" rows={18} defaultValue={initial.body} errors={errors.body} required className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 font-mono text-sm" />
      <TextField id="update-publish-at" name="publishAt" type="datetime-local" step="1" label="Goes live at (UTC)" errors={errors.publishAt} required />
      <SubmitButton pendingLabel="Scheduling…">Schedule update</SubmitButton>
    </form>
  );
}
