"use client";

import { useActionState, useState } from "react";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { saveWordListsAction } from "./actions";

export type WordListValues = { bannedWords: string; suspectWords: string; rejectReasons: string };

/** Banned and suspect words and the reject reasons, one a line. Controlled, so a refused save keeps the text. */
export function WordListsForm({ initial }: { initial: WordListValues }) {
  const [state, formAction] = useActionState(saveWordListsAction, initialActionState);
  const [values, setValues] = useState(initial);
  const errors = state.fieldErrors ?? {};
  const field = (name: keyof WordListValues) => ({
    id: `moderation-${name}`,
    name,
    value: values[name],
    onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) => setValues((v) => ({ ...v, [name]: e.target.value })),
    errors: errors[name],
    rows: 6,
  });
  return (
    <form action={formAction} className="space-y-4" noValidate aria-labelledby="word-lists-heading">
      <TextAreaField
        {...field("bannedWords")}
        label="Banned words"
        hint="One word or phrase a line. A comment containing one is rejected at once, and the commenter is told it contains language we do not allow."
      />
      <TextAreaField
        {...field("suspectWords")}
        label="Suspect words"
        hint="One a line. A comment containing one waits for a moderator, with the words highlighted in the queue."
      />
      <TextAreaField
        {...field("rejectReasons")}
        label="Reject reasons"
        hint="One a line: the reasons moderators choose from, shown to the commenter."
      />
      <p className="text-sm text-muted">Whole words only, in any letter case; up to 500 words of 60 characters each.</p>
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…">Save word lists</SubmitButton>
    </form>
  );
}
