"use client";

import { useActionState, useEffect, useRef, startTransition } from "react";
import { createStaffAction } from "@/app/admin/staff/actions";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { ROLE_OPTIONS } from "./staff-roles";

/** The "Add staff member" form. Keeps what was typed on an error; clears itself on success. */
export function StaffCreateForm() {
  const [state, formAction, pending] = useActionState(createStaffAction, initialActionState);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state]);

  return (
    <form
      ref={formRef}
      action={formAction}
      // React resets a form after its action runs; submitting by hand keeps the fields on an error.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="grid max-w-xl gap-4"
      noValidate
    >
      <TextField name="name" label="Name" autoComplete="off" required errors={state.fieldErrors?.name} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="off"
        required
        errors={state.fieldErrors?.email}
      />
      <SelectField
        name="role"
        label="Role"
        defaultValue="author"
        options={ROLE_OPTIONS}
        errors={state.fieldErrors?.role}
      />
      <TextField
        name="password"
        label="Initial password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. Share it privately; they can have it changed later."
        required
        errors={state.fieldErrors?.password}
      />
      <TextAreaField
        name="bio"
        label="Bio"
        rows={3}
        hint="Optional; shown on their author page."
        errors={state.fieldErrors?.bio}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton disabled={pending} aria-disabled={pending}>
          {pending ? "Adding…" : "Add staff member"}
        </SubmitButton>
      </div>
    </form>
  );
}
