"use client";

import { useActionState, useState } from "react";
import { saveBreakingAction } from "@/app/admin/front-page/actions";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import type { BreakingNews } from "@/lib/validation/front-page";

/**
 * Switches the breaking-news banner on or off. Inputs are controlled so a refused save keeps
 * what was typed; switching off keeps the text for the next time.
 */
export function BreakingNewsForm({ initial }: { initial: BreakingNews }) {
  const [state, formAction] = useActionState(saveBreakingAction, initialActionState);
  const [values, setValues] = useState(initial);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input
          type="checkbox"
          name="active"
          checked={values.active}
          onChange={(e) => setValues((v) => ({ ...v, active: e.target.checked }))}
        />
        Show the breaking-news banner
      </label>
      <TextField
        id="breaking-headline"
        name="headline"
        label="Banner headline"
        value={values.headline}
        onChange={(e) => setValues((v) => ({ ...v, headline: e.target.value }))}
        maxLength={200}
        errors={errors.headline}
      />
      <TextField
        id="breaking-url"
        name="url"
        label="Banner link"
        hint="A path on this site such as /articles/your-story, or an https:// address."
        value={values.url}
        onChange={(e) => setValues((v) => ({ ...v, url: e.target.value }))}
        errors={errors.url}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…">Save banner</SubmitButton>
    </form>
  );
}
