"use client";

import { useActionState, useEffect, useRef, startTransition } from "react";
import { submitCommentAction } from "@/app/(site)/articles/[slug]/actions";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";

type Props = {
  articleId: number;
  /** Set on reply forms: the approved comment being answered. */
  parentId?: number;
  /** Unique per form on the page, so labels and error ids never collide. */
  idPrefix: string;
  heading: string;
};

/**
 * The comment form. A plain server-action form, so it posts without JavaScript too; with
 * JavaScript, typed text survives a validation error and is cleared only after a success.
 */
export function CommentForm({ articleId, parentId, idPrefix, heading }: Props) {
  const [state, formAction] = useActionState(submitCommentAction, initialActionState);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  const headingId = `${idPrefix}-heading`;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} aria-labelledby={headingId} className="space-y-4" noValidate>
      <h3 id={headingId} className="font-serif text-xl font-bold">
        {heading}
      </h3>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="parentId" value={parentId ?? ""} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`${idPrefix}-name`} name="name" label="Name" autoComplete="name" required errors={state.fieldErrors?.name} />
        <TextField
          id={`${idPrefix}-email`}
          name="email"
          type="email"
          label="Email"
          hint="Never published; only moderators can see it."
          autoComplete="email"
          required
          errors={state.fieldErrors?.email}
        />
      </div>
      <TextAreaField id={`${idPrefix}-body`} name="body" label="Comment" rows={5} required errors={state.fieldErrors?.body} />
      {/* Honeypot: invisible to people and assistive technology; naive bots fill it in. */}
      <div className="sr-only" aria-hidden="true">
        <label htmlFor={`${idPrefix}-website`}>Leave this field empty</label>
        <input id={`${idPrefix}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <FormMessage state={state} />
      <p className="text-sm text-muted">Comments are checked by a moderator before they appear.</p>
      <SubmitButton pendingLabel="Posting…">{parentId ? "Post reply" : "Post comment"}</SubmitButton>
    </form>
  );
}
