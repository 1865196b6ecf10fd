import type { OwnCommentStatus } from "@/db/queries/comment-reader";
import type { ReaderCommentStatus } from "@/lib/comments/status-view";
import { formatDateTime } from "@/lib/utils";

const box = "mt-6 rounded border-l-4 p-4";

/** Where the commenter's comment stands: waiting, published (with its link), or rejected and why. */
export function OwnCommentStatusNote({
  comment,
  status,
}: {
  comment: OwnCommentStatus;
  status: ReaderCommentStatus;
}) {
  if (status === "pending")
    return (
      <div className={`${box} border-amber-600 bg-amber-50 dark:bg-amber-950`}>
        <h2 className="font-semibold">Awaiting moderation</h2>
        <p className="mt-1">
          A moderator will look at your comment soon. This page will show their decision.
        </p>
      </div>
    );
  if (status === "approved")
    return (
      <div className={`${box} border-green-700 bg-green-50 dark:bg-green-950`}>
        <h2 className="font-semibold">Published</h2>
        {comment.article.live ? (
          <p className="mt-1">
            Your comment is on the article.{" "}
            <a href={`/comments/${comment.id}`} className="font-semibold text-brand underline">
              See your comment
            </a>
          </p>
        ) : (
          <p className="mt-1">The article is no longer online, so neither is your comment.</p>
        )}
      </div>
    );
  const { appeal } = comment;
  return (
    <div className={`${box} border-red-700 bg-red-50 dark:bg-red-950`}>
      <h2 className="font-semibold">Not published</h2>
      <p className="mt-1">
        {comment.reason ? (
          <>
            The moderator&rsquo;s reason: <strong>{comment.reason}</strong>
          </>
        ) : (
          "The moderators did not publish this comment."
        )}
      </p>
      {appeal ? (
        <p className="mt-2">
          You appealed on{" "}
          <time dateTime={appeal.createdAt.toISOString()}>{formatDateTime(appeal.createdAt)}</time>.{" "}
          {appeal.outcome === "upheld"
            ? "The moderators looked again and upheld their decision."
            : appeal.outcome === "overturned"
              ? "The moderators looked again and changed their decision."
              : "A moderator will look at the decision again."}
        </p>
      ) : null}
    </div>
  );
}
