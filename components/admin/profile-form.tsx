"use client";

import { startTransition, useActionState } from "react";
import { updateProfileAction } from "@/app/admin/profile/actions";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";

type Profile = { name: string; bio: string; avatarUrl: string | null };

/** The public side of a staff account: what bylines and the author page show. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const [state, formAction] = useActionState(updateProfileAction, initialActionState);
  return (
    <form
      action={formAction}
      // React resets a form after its action runs; submitting by hand keeps what was typed on an error.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="grid max-w-xl gap-4"
      noValidate
    >
      <TextField
        name="name"
        label="Name"
        defaultValue={profile.name}
        autoComplete="name"
        required
        hint="As it appears in bylines."
        errors={state.fieldErrors?.name}
      />
      <TextAreaField
        name="bio"
        label="Bio"
        rows={4}
        defaultValue={profile.bio}
        hint="A sentence or two for your author page. Plain text."
        errors={state.fieldErrors?.bio}
      />
      <TextField
        name="avatarUrl"
        label="Portrait URL"
        type="text"
        inputMode="url"
        defaultValue={profile.avatarUrl ?? ""}
        hint="An https:// address or a path on this site such as /avatars/you.jpg. Leave empty to show your initials."
        errors={state.fieldErrors?.avatarUrl}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
      </div>
    </form>
  );
}
