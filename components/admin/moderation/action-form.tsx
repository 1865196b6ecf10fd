"use client";

import { useActionState, useId } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A small form around one server action: its fields come as a render function that gets the
 * field errors, and the outcome is announced above the button.
 */
export function ActionForm({
  action,
  label,
  pendingLabel,
  variant = "primary",
  children,
  className,
  buttonLabel,
}: {
  action: Action;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  children?: (errors: Record<string, string[] | undefined>, ids: { errorId: (field: string) => string }) => React.ReactNode;
  className?: string;
  buttonLabel?: string;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const base = useId();
  const errorId = (field: string) => `${base}-${field}-error`;
  return (
    <form action={formAction} className={className ?? "space-y-3"}>
      {children?.(state.fieldErrors ?? {}, { errorId })}
      <FormMessage state={state} />
      <SubmitButton variant={variant} pendingLabel={pendingLabel} aria-label={buttonLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}

/** A field's errors, linked from its input by aria-describedby. */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm text-red-800" aria-live="polite">
      {errors.join(" ")}
    </p>
  );
}
