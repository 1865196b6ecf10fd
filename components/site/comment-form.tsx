import { TextAreaField, TextField } from "@/components/ui/field";

type Props = {
  articleId: number;
  /** The article's address, where the "received" page links back to after a post without JavaScript. */
  articlePath: string;
  /** Set on reply forms: the approved comment being answered. */
  parentId?: number;
  /** Unique per form on the page, so labels and error ids never collide. */
  idPrefix: string;
  heading: string;
  headingLevel?: 2 | 3;
  /**
   * The article's one form, which public/reader.js moves under a comment when its Reply link is
   * clicked; it then shows the Cancel reply button rendered (hidden) here.
   */
  movable?: boolean;
  /** How this story is moderated (components/site/comments/moderation-note.ts); null says nothing. */
  note?: string | null;
};

const buttonClass =
  "rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-60 dark:text-stone-950";

/**
 * The comment form: plain HTML that posts to /api/comments, so it works without JavaScript
 * (the answer is a redirect to the "received" page). public/reader.js takes over the submit:
 * it posts with fetch, shows field errors in the empty error containers rendered here and the
 * outcome in the message region, keeps typed text on error and clears the form on success.
 */
export function CommentForm({
  articleId,
  articlePath,
  parentId,
  idPrefix,
  heading,
  headingLevel = 3,
  movable,
  note,
}: Props) {
  const headingId = `${idPrefix}-heading`;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <form
      method="post"
      action="/api/comments"
      aria-labelledby={headingId}
      className="space-y-4"
      noValidate
      data-comment-form
    >
      {/* tabIndex: reader.js moves focus here when it turns the form into a reply. */}
      <Heading id={headingId} tabIndex={-1} className="font-serif text-xl font-bold focus:outline-none">
        {heading}
      </Heading>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="parentId" value={parentId ?? ""} />
      <input type="hidden" name="returnTo" value={articlePath} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`${idPrefix}-name`} name="name" label="Name" autoComplete="name" required />
        <TextField
          id={`${idPrefix}-email`}
          name="email"
          type="email"
          label="Email"
          hint="Never published; only moderators can see it."
          autoComplete="email"
          required
        />
      </div>
      <TextAreaField id={`${idPrefix}-body`} name="body" label="Comment" rows={5} required />
      {/* Honeypot: invisible to people and assistive technology; naive bots fill it in. */}
      <div className="sr-only" aria-hidden="true">
        <label htmlFor={`${idPrefix}-website`}>Leave this field empty</label>
        <input
          id={`${idPrefix}-website`}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      {/* Filled by reader.js with the same markup as components/ui/form-message.tsx. */}
      <div aria-live="polite" aria-atomic="true" data-form-message suppressHydrationWarning>
        {""}
      </div>
      {note ? <p className="text-sm text-muted">{note}</p> : null}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass} data-pending-label="Posting…" suppressHydrationWarning>
          {parentId ? "Post reply" : "Post comment"}
        </button>
        {movable ? (
          <button
            type="button"
            hidden
            className="text-sm font-semibold text-brand underline hover:no-underline"
            data-cancel-reply
            suppressHydrationWarning
          >
            Cancel reply
          </button>
        ) : null}
      </div>
    </form>
  );
}
