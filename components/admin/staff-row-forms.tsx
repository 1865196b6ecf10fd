"use client";

import { useActionState } from "react";
import { changeRoleAction, setActiveAction } from "@/app/admin/staff/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import type { Role } from "@/db/schema";
import { ROLE_OPTIONS } from "./staff-roles";

type Person = { id: number; name: string };

/** One row's role picker. Names include the person, so each control is findable on its own. */
export function StaffRoleForm({ person, role }: { person: Person; role: Role }) {
  const [state, formAction] = useActionState(changeRoleAction, initialActionState);
  const selectId = `role-${person.id}`;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="id" value={person.id} />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId} className="sr-only">
          Role for {person.name}
        </label>
        <select
          id={selectId}
          name="role"
          defaultValue={role}
          // Re-mounts with the saved role after the page refreshes, or after a refusal.
          key={role}
          className="rounded border border-stone-400 bg-white px-2 py-1 text-sm"
        >
          {ROLE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <SubmitButton variant="secondary" className="px-3 py-1" aria-label={`Change role for ${person.name}`}>
          Change role
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

/** Deactivate or Reactivate one person. */
export function StaffActiveForm({ person, active }: { person: Person; active: boolean }) {
  const [state, formAction] = useActionState(setActiveAction, initialActionState);
  const verb = active ? "Deactivate" : "Reactivate";
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="id" value={person.id} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <SubmitButton
        variant={active ? "danger" : "secondary"}
        className="px-3 py-1"
        aria-label={`${verb} ${person.name}`}
      >
        {verb}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
