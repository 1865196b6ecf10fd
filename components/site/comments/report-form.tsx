import { TextAreaField } from "@/components/ui/field";
import { REPORT_REASONS, type ReportReason } from "@/db/schema";

export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  abuse: "Abusive, hateful or threatening",
  spam: "Spam or advertising",
  "off-topic": "Off-topic",
  other: "Something else",
};
export const MAX_REPORT_DETAIL = 500;

type Props = {
  /** 0 in the thread's template, which reader.js copies and fills in for each comment. */
  commentId: number;
  /** Unique per form on the page; reader.js replaces it in the template's copy. */
  idPrefix: string;
  /** Errors from a post without JavaScript, shown under the reasons. */
  reasonError?: string;
  /** Inline under a comment (reader.js): with a Cancel button, and a smaller heading. */
  inline?: boolean;
};

const buttonClass =
  "rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-60 dark:text-stone-950";

/** Report a comment to the moderators: a reason and an optional detail. Works without JavaScript. */
export function ReportForm({ commentId, idPrefix, reasonError, inline }: Props) {
  const Heading = inline ? "h3" : "h2";
  const errorId = `${idPrefix}-reason-error`;
  return (
    <form
      method="post"
      action="/api/comments/report"
      aria-labelledby={`${idPrefix}-heading`}
      className="mt-3 space-y-3 rounded border border-stone-300 bg-stone-50 p-4 dark:border-stone-700 dark:bg-stone-900"
      data-report-form
    >
      <Heading
        id={`${idPrefix}-heading`}
        tabIndex={-1}
        className="font-serif text-lg font-bold focus:outline-none"
      >
        Report this comment
      </Heading>
      <input type="hidden" name="commentId" value={commentId} />
      <fieldset aria-describedby={errorId}>
        <legend className="text-sm font-semibold">Why should a moderator look at it?</legend>
        <div className="mt-1 space-y-1">
          {REPORT_REASONS.map((reason) => (
            <div key={reason} className="flex items-center gap-2">
              <input type="radio" id={`${idPrefix}-reason-${reason}`} name="reason" value={reason} required />
              <label htmlFor={`${idPrefix}-reason-${reason}`} className="text-sm">
                {REPORT_REASON_LABELS[reason]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div id={errorId} data-error-for="reason">
        {reasonError ? <p className="mt-1 text-sm text-red-700 dark:text-red-300">{reasonError}</p> : null}
      </div>
      <TextAreaField
        id={`${idPrefix}-detail`}
        name="detail"
        label="Details (optional)"
        hint={`Anything the moderators should know, up to ${MAX_REPORT_DETAIL} characters.`}
        rows={3}
        maxLength={MAX_REPORT_DETAIL}
      />
      <div aria-live="polite" aria-atomic="true" data-form-message />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass} data-pending-label="Sending…">
          Send report
        </button>
        {inline ? (
          <button
            type="button"
            className="text-sm font-semibold text-brand underline hover:no-underline"
            data-report-cancel
          >
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
