"use client";

import { useActionState, useSyncExternalStore } from "react";
import type { PreviewLinkState } from "@/app/admin/articles/[id]/edit/preview-actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/action-state";

type Props = {
  createAction: (prev: PreviewLinkState, formData: FormData) => Promise<PreviewLinkState>;
  revokeAction: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  hasLink: boolean;
};

const noSubscription = () => () => {};

/**
 * A secret link that shows the unpublished story to anyone holding it (a source checking a
 * quote, a lawyer, an editor on the phone). The link is shown once, right after it is made.
 */
export function PreviewLinkPanel({ createAction, revokeAction, hasLink }: Props) {
  const [created, createFormAction] = useActionState<PreviewLinkState, FormData>(
    createAction,
    initialActionState,
  );
  const [revoked, revokeFormAction] = useActionState(revokeAction, initialActionState);
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  // A revoked or replaced link must not stay on screen as if it still worked.
  const path = hasLink ? created.path : undefined;

  return (
    <section aria-labelledby="preview-panel-heading" className="rounded border border-stone-300 bg-white p-4">
      <h2 id="preview-panel-heading" className="text-lg font-semibold">
        Preview link
      </h2>
      <p className="mt-1 text-sm text-muted">
        {hasLink
          ? "A preview link is active. Anyone with it can read this story until it is published or you revoke the link."
          : "Share the story before it is published: anyone with the link can read it, without signing in."}
      </p>
      {path ? (
        <div className="mt-3 space-y-2">
          <label htmlFor="preview-url" className="block text-sm font-semibold">
            Preview address
          </label>
          <input
            id="preview-url"
            readOnly
            value={`${origin}${path}`}
            className="block w-full rounded border border-stone-400 bg-stone-50 px-3 py-2 font-mono text-sm"
            onFocus={(e) => e.currentTarget.select()}
          />
          <a href={path} target="_blank" rel="noreferrer" className="text-sm text-brand underline">
            Open the preview<span className="sr-only"> (opens in a new tab)</span>
          </a>
        </div>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-3">
        <form action={createFormAction}>
          <SubmitButton variant="secondary" pendingLabel="Creating…">
            {hasLink ? "Create a new link" : "Create preview link"}
          </SubmitButton>
        </form>
        {hasLink ? (
          <form action={revokeFormAction}>
            <SubmitButton variant="danger" pendingLabel="Revoking…">
              Revoke link
            </SubmitButton>
          </form>
        ) : null}
      </div>
      <div className="mt-3 space-y-2">
        {/* A success is stale once the page shows the opposite (created, then revoked, or back). */}
        <FormMessage state={created.ok && !hasLink ? initialActionState : created} />
        <FormMessage state={revoked.ok && hasLink ? initialActionState : revoked} />
      </div>
    </section>
  );
}
