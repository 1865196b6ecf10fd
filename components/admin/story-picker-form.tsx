"use client";

import { useActionState } from "react";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/action-state";

export type StoryOption = { value: string; label: string };

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  id: string;
  label: string;
  options: StoryOption[];
  defaultValue?: string;
  submitLabel: string;
};

/** A choice of published story and one button: "Set as lead", "Pin story". */
export function StoryPickerForm({ action, id, label, options, defaultValue, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-72 flex-1">
          <SelectField
            id={id}
            name="articleId"
            label={label}
            options={[{ value: "", label: "Choose a published story" }, ...options]}
            defaultValue={defaultValue ?? ""}
            errors={state.fieldErrors?.articleId}
          />
        </div>
        <SubmitButton className="mb-[2px]">{submitLabel}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
