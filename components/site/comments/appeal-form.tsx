import { TextAreaField } from "@/components/ui/field";
import { MAX_APPEAL_LENGTH } from "@/lib/comments/appeal-post";

const buttonClass =
  "rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark dark:text-stone-950";

/** The one appeal against a rejection: a short message, sent with the link's token. */
export function AppealForm({ token, invalid }: { token: string; invalid?: boolean }) {
  return (
    <form
      method="post"
      action="/api/comments/appeal"
      aria-labelledby="appeal-heading"
      className="mt-8 space-y-4"
    >
      <h2 id="appeal-heading" className="font-serif text-2xl font-bold">
        Appeal this decision
      </h2>
      <p className="text-muted">
        You can appeal once. Tell the moderators briefly why the comment should be published.
      </p>
      <input type="hidden" name="token" value={token} />
      <TextAreaField
        id="appeal-message"
        name="message"
        label="Your message"
        hint={`Up to ${MAX_APPEAL_LENGTH} characters.`}
        rows={4}
        maxLength={MAX_APPEAL_LENGTH}
        required
        errors={invalid ? ["Write a short message for the moderators."] : undefined}
      />
      <button type="submit" className={buttonClass}>
        Send appeal
      </button>
    </form>
  );
}
