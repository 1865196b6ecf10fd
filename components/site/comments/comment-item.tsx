import type { PublicComment } from "@/db/queries/comments";
import type { ThreadNode } from "@/lib/comments/thread";
import { formatDateTime } from "@/lib/utils";

export type ThreadTarget = { articlePath: string; commentsOpen: boolean };

const actionClass = "font-semibold text-brand hover:underline";

/**
 * One comment and its replies. Reply opens the reply page (reader.js moves the form here
 * instead), Link is the comment's permalink, Report opens the report page (reader.js shows the
 * report form inline instead). nofollow: those pages are noindex, and there is one per comment.
 */
export function CommentItem({ node, target }: { node: ThreadNode<PublicComment>; target: ThreadTarget }) {
  const who = node.authorName;
  return (
    <li id={`comment-${node.id}`} className="scroll-mt-4">
      <article
        aria-label={`Comment by ${who}`}
        tabIndex={-1}
        className={`border-l-4 pl-4 focus:outline-none ${node.featured ? "border-brand" : "border-stone-300 dark:border-stone-700"}`}
      >
        <CommentText comment={node} replyingTo={node.replyingTo} featured={node.featured} />
        <p className="mt-1 flex flex-wrap gap-x-4 text-sm" data-comment-actions>
          {target.commentsOpen ? (
            <a
              href={`${target.articlePath}/reply/${node.id}`}
              rel="nofollow"
              className={actionClass}
              data-reply-to={node.id}
              data-reply-name={who}
            >
              Reply<span className="sr-only"> to {who}</span>
            </a>
          ) : null}
          <a href={`/comments/${node.id}`} className={actionClass}>
            Link<span className="sr-only"> to the comment by {who}</span>
          </a>
          <a
            href={`/comments/${node.id}/report`}
            rel="nofollow"
            className={actionClass}
            data-report={node.id}
          >
            Report<span className="sr-only"> the comment by {who}</span>
          </a>
        </p>
      </article>
      {node.replies.length > 0 ? (
        <ol className="mt-4 ml-4 space-y-4 sm:ml-8">
          {node.replies.map((reply) => (
            <CommentItem key={reply.id} node={reply} target={target} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

type TextProps = {
  comment: Pick<PublicComment, "authorName" | "body" | "createdAt">;
  /** The parent's author, for a reply shown flattened under an ancestor. */
  replyingTo?: string | null;
  featured?: boolean;
};

/** Author, time and text of one comment: the thread, the reply, report and status pages show it so. */
export function CommentText({ comment, replyingTo, featured }: TextProps) {
  return (
    <>
      <p className="text-sm">
        {featured ? (
          <span className="mr-2 rounded bg-brand px-1.5 py-0.5 text-xs font-semibold text-white uppercase dark:text-stone-950">
            Featured
          </span>
        ) : null}
        <span className="font-semibold">{comment.authorName}</span>
        {replyingTo ? (
          <span className="text-muted">
            {" "}
            replying to <span className="font-semibold">{replyingTo}</span>
          </span>
        ) : null}
        <span className="text-muted">
          {" · "}
          <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt)}</time>
        </span>
      </p>
      {/* Plain text: React escapes it, and pre-wrap keeps the commenter's line breaks. */}
      <p className="mt-1 whitespace-pre-wrap break-words">{comment.body}</p>
    </>
  );
}
