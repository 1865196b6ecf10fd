"use client";

import { useActionState } from "react";
import { resetPasswordAction, type ResetPasswordState } from "@/app/admin/staff/actions";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

const initial: ResetPasswordState = { ok: false };

/**
 * An admin's password reset for one person, folded away until needed: type a new password,
 * or have the server generate one, which is shown here once and stored nowhere in clear.
 */
export function StaffPasswordForm({ person }: { person: { id: number; name: string } }) {
  const [state, formAction] = useActionState(resetPasswordAction, initial);
  const fieldId = `reset-password-${person.id}`;
  return (
    <details className="mt-2 text-sm" open={Boolean(state.message) || undefined}>
      <summary className="cursor-pointer text-brand underline">
        Reset password<span className="sr-only"> for {person.name}</span>
      </summary>
      <form action={formAction} className="mt-2 space-y-2" noValidate>
        <input type="hidden" name="id" value={person.id} />
        <TextField
          id={fieldId}
          name="password"
          label={`New password for ${person.name}`}
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters. Their open sessions end and any sign-in lock is lifted."
          errors={state.fieldErrors?.password}
        />
        <div className="flex flex-wrap gap-2">
          <SubmitButton
            name="mode"
            value="set"
            variant="secondary"
            className="px-3 py-1"
            aria-label={`Set password for ${person.name}`}
          >
            Set password
          </SubmitButton>
          <SubmitButton
            name="mode"
            value="generate"
            variant="secondary"
            className="px-3 py-1"
            aria-label={`Generate a temporary password for ${person.name}`}
          >
            Generate one
          </SubmitButton>
        </div>
        <FormMessage state={state} />
        {state.temporaryPassword ? (
          <div>
            <label htmlFor={`${fieldId}-temporary`} className="block font-semibold">
              Temporary password for {person.name}
            </label>
            <input
              id={`${fieldId}-temporary`}
              readOnly
              value={state.temporaryPassword}
              onFocus={(event) => event.currentTarget.select()}
              className="mt-1 block w-full rounded border border-stone-400 bg-stone-100 px-2 py-1 font-mono"
            />
            <p className="mt-1 text-muted">Pass it on privately; they can change it on their profile.</p>
          </div>
        ) : null}
      </form>
    </details>
  );
}
