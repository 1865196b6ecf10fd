"use client";

import { addCommenterNoteAction, banCommenterAction, liftBanAction } from "@/app/admin/comments/commenter/actions";
import { challengeCommentAction } from "@/app/admin/comments/[id]/actions";
import { ActionForm, FieldErrors } from "./action-form";

const input = "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-sm";

/** Ban or suspend by email and/or the address of the commenter's latest comment. */
export function BanForm({ email, address }: { email: string; address: { commentId: number; label: string } | null }) {
  return (
    <ActionForm action={banCommenterAction} label="Ban commenter" pendingLabel="Banning…" variant="danger">
      {(errors, { errorId }) => (
        <>
          <input type="hidden" name="email" value={email} />
          <fieldset aria-describedby={errors.byEmail ? errorId("byEmail") : undefined}>
            <legend className="text-sm font-semibold">Ban by</legend>
            <label className="mr-4 inline-flex items-center gap-2 text-sm">
              <input type="checkbox" name="byEmail" defaultChecked /> Email ({email})
            </label>
            {address ? (
              <label className="inline-flex items-center gap-2 text-sm">
                <input type="checkbox" name="ipFromComment" value={address.commentId} /> Hashed {address.label}
              </label>
            ) : null}
            <FieldErrors id={errorId("byEmail")} errors={errors.byEmail} />
          </fieldset>
          <div>
            <label htmlFor="ban-reason" className="block text-sm font-semibold">
              Reason
            </label>
            <input
              id="ban-reason"
              name="reason"
              required
              maxLength={300}
              className={input}
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={errors.reason ? errorId("reason") : undefined}
            />
            <FieldErrors id={errorId("reason")} errors={errors.reason} />
          </div>
          <div>
            <label htmlFor="ban-duration" className="block text-sm font-semibold">
              Duration
            </label>
            <select id="ban-duration" name="duration" defaultValue="permanent" className={input}>
              <option value="permanent">Until lifted (ban)</option>
              <option value="1d">1 day (suspend)</option>
              <option value="7d">7 days (suspend)</option>
              <option value="30d">30 days (suspend)</option>
            </select>
          </div>
        </>
      )}
    </ActionForm>
  );
}

export function LiftBanForm({ banId, label }: { banId: number; label: string }) {
  return (
    <ActionForm action={liftBanAction} label="Lift" pendingLabel="Lifting…" variant="secondary" buttonLabel={`Lift ban: ${label}`} className="space-y-1">
      {() => <input type="hidden" name="banId" value={banId} />}
    </ActionForm>
  );
}

export function NoteForm({ email }: { email: string }) {
  return (
    <ActionForm action={addCommenterNoteAction} label="Add note" pendingLabel="Adding…" variant="secondary">
      {(errors, { errorId }) => (
        <>
          <input type="hidden" name="email" value={email} />
          <label htmlFor="note-body" className="block text-sm font-semibold">
            Note for moderators
          </label>
          <textarea
            id="note-body"
            name="body"
            rows={3}
            maxLength={2000}
            className={input}
            aria-invalid={errors.body ? true : undefined}
            aria-describedby={errors.body ? errorId("body") : undefined}
          />
          <FieldErrors id={errorId("body")} errors={errors.body} />
        </>
      )}
    </ActionForm>
  );
}

/** "Factual challenge": opens a correction draft on the story for the editors, linked to this comment. */
export function ChallengeForm({ commentId }: { commentId: number }) {
  return (
    <ActionForm action={challengeCommentAction} label="Open a correction draft" pendingLabel="Opening…" variant="secondary">
      {(errors, { errorId }) => (
        <>
          <input type="hidden" name="id" value={commentId} />
          <label htmlFor="challenge-note" className="block text-sm font-semibold">
            What the comment says is wrong in the story
          </label>
          <textarea
            id="challenge-note"
            name="note"
            rows={3}
            maxLength={1000}
            className={input}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={errors.note ? errorId("note") : undefined}
          />
          <FieldErrors id={errorId("note")} errors={errors.note} />
        </>
      )}
    </ActionForm>
  );
}
