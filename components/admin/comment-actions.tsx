"use client";

import { SubmitButton } from "@/components/ui/submit-button";
import type { CommentStatus } from "@/db/schema";
import { useModerationAction } from "./moderation-feedback";

const DECISIONS = [
  { to: "approved", verb: "Approve", pending: "Approving…", variant: "primary" },
  { to: "rejected", verb: "Reject", pending: "Rejecting…", variant: "secondary" },
  { to: "spam", verb: "Spam", pending: "Marking…", variant: "danger" },
] as const;

/**
 * One tiny form per possible decision. Each carries the status the moderator is looking at,
 * so a click on a row someone else has already decided is refused instead of overwriting it.
 */
export function CommentActions({ id, status, authorName }: { id: number; status: CommentStatus; authorName: string }) {
  const action = useModerationAction();
  return (
    <div className="flex flex-wrap gap-2">
      {DECISIONS.filter((d) => d.to !== status).map((d) => (
        <form key={d.to} action={action}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="expected" value={status} />
          <input type="hidden" name="decision" value={d.to} />
          <SubmitButton
            variant={d.variant}
            pendingLabel={d.pending}
            className="px-3 py-1"
            aria-label={`${d.verb} comment by ${authorName}`}
          >
            {d.verb}
          </SubmitButton>
        </form>
      ))}
    </div>
  );
}
