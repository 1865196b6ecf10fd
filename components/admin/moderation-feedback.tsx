"use client";

import { createContext, useActionState, useContext } from "react";
import { moderateCommentAction } from "@/app/admin/comments/actions";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/action-state";

type Dispatch = (formData: FormData) => void;

const ModerationContext = createContext<Dispatch | null>(null);

/**
 * Holds the queue's one action state. A decided comment leaves its tab as soon as the page
 * re-renders, taking its row with it, so the outcome is announced here, above the list.
 */
export function ModerationFeedback({ children }: { children: React.ReactNode }) {
  const [state, formAction] = useActionState(moderateCommentAction, initialActionState);
  return (
    <ModerationContext value={formAction}>
      <div className="sticky top-0 z-10 bg-white">
        <FormMessage state={state} />
      </div>
      {children}
    </ModerationContext>
  );
}

/** The queue's form action, for the per-row buttons. */
export function useModerationAction(): Dispatch {
  const action = useContext(ModerationContext);
  if (!action) throw new Error("useModerationAction needs a surrounding <ModerationFeedback>");
  return action;
}
