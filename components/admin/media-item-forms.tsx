"use client";

import { useActionState } from "react";
import { deleteMediaAction, updateMediaAction } from "@/app/admin/media/actions";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";

type Item = { id: number; alt: string; caption: string; credit: string };

/** Alt text, caption and credit of one library image, editable after upload. */
export function MediaDetailsForm({ item }: { item: Item }) {
  const [state, formAction] = useActionState(updateMediaAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  const id = (name: string) => `media-${item.id}-${name}`;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold text-brand">Edit details</summary>
      <form action={formAction} className="mt-2 space-y-3">
        <input type="hidden" name="id" value={item.id} />
        <TextField
          id={id("alt")}
          name="alt"
          label="Alt text"
          defaultValue={item.alt}
          errors={errors.alt}
          required
        />
        <TextField
          id={id("caption")}
          name="caption"
          label="Caption"
          defaultValue={item.caption}
          errors={errors.caption}
        />
        <TextField
          id={id("credit")}
          name="credit"
          label="Credit"
          defaultValue={item.credit}
          errors={errors.credit}
        />
        <SubmitButton variant="secondary" className="px-3 py-1" pendingLabel="Saving…">
          Save details
        </SubmitButton>
        <FormMessage state={state} />
      </form>
    </details>
  );
}

/** Deletes an unused image after a confirmation; the action refuses one an article uses. */
export function MediaDeleteForm({ item }: { item: Item }) {
  const [state, formAction] = useActionState(deleteMediaAction, initialActionState);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm(`Delete “${item.alt}” for good? Its files are removed too.`)) e.preventDefault();
      }}
      className="space-y-2"
    >
      <input type="hidden" name="id" value={item.id} />
      <SubmitButton
        variant="danger"
        className="px-3 py-1 text-sm"
        pendingLabel="Deleting…"
        aria-label={`Delete image: ${item.alt}`}
      >
        Delete
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
