"use client";

import { useActionState } from "react";
import { endSurgeAction } from "@/app/admin/comments/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";

export type SurgeStory = { id: number; headline: string; slug: string; surgeAt: Date; pending: number; queueHref: string };

/** Stories surge protection switched to pre-moderation, on top of the desk, each with "End surge". */
export function SurgePanel({ stories }: { stories: SurgeStory[] }) {
  const [state, action] = useActionState(endSurgeAction, initialActionState);
  if (stories.length === 0 && !state.message) return null;
  return (
    <section aria-labelledby="surge-heading" className="rounded border border-red-700 bg-red-50 p-4">
      <h2 id="surge-heading" className="font-semibold text-red-900">
        Surge: {stories.length} {stories.length === 1 ? "story is" : "stories are"} pre-moderated
      </h2>
      <FormMessage state={state} />
      <ul className="mt-2 space-y-2">
        {stories.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center gap-3 text-sm">
            <a href={s.queueHref} className="font-semibold underline">
              {s.headline}
            </a>
            <span>
              since <time dateTime={s.surgeAt.toISOString()}>{s.surgeAt.toISOString().slice(11, 16)} UTC</time> · {s.pending} pending
            </span>
            <form action={action}>
              <input type="hidden" name="articleId" value={s.id} />
              <SubmitButton variant="secondary" className="px-3 py-1" pendingLabel="Ending…" aria-label={`End surge on ${s.headline}`}>
                End surge
              </SubmitButton>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
