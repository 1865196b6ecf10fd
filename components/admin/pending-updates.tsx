"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { formatDateTime } from "@/lib/utils";

type Props = {
  articleId: number;
  cancel: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  updates: Array<{ id: number; publishAt: Date; headline: string; createdByName: string | null }>;
};

/** New versions of a live story waiting for their time, with a way to call one off. */
export function PendingUpdates({ articleId, cancel, updates }: Props) {
  const [state, formAction] = useActionState(cancel, initialActionState);
  return (
    <div className="space-y-2 text-sm">
      <h3 className="font-semibold">Scheduled updates</h3>
      {updates.length === 0 ? <p className="text-muted">None waiting.</p> : null}
      <ul className="space-y-2">
        {updates.map((u) => (
          <li key={u.id} className="flex flex-wrap items-center gap-3">
            <span>
              “{u.headline}” goes live <time dateTime={u.publishAt.toISOString()}>{formatDateTime(u.publishAt)}</time>
              {u.createdByName ? ` (by ${u.createdByName})` : ""}
            </span>
            <form action={formAction}>
              <input type="hidden" name="updateId" value={u.id} />
              <SubmitButton variant="secondary" className="px-2 py-1" aria-label={`Cancel the update going live ${formatDateTime(u.publishAt)}`}>
                Cancel
              </SubmitButton>
            </form>
          </li>
        ))}
      </ul>
      <FormMessage state={state} />
      <Link href={`/admin/articles/${articleId}/update`} className="inline-block text-brand underline">
        Prepare a scheduled update
      </Link>
    </div>
  );
}
