"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/action-state";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  /** Hidden fields the action reads, e.g. the article id; validated there like any input. */
  fields?: Record<string, string>;
  children: React.ReactNode;
  /** The button's full name when its text alone is ambiguous ("Unpin" → "Unpin <headline>"). */
  ariaLabel?: string;
  variant?: "primary" | "secondary" | "danger";
};

/** One button that runs one action and says how it went. */
export function ActionButtonForm({ action, fields = {}, children, ariaLabel, variant = "secondary" }: Props) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} className="px-3 py-1" aria-label={ariaLabel}>
        {children}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
