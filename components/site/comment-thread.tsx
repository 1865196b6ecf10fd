import type { PublicComment } from "@/db/queries/comments";
import { buildCommentTree, type CommentNode } from "@/lib/comment-policy";
import { formatDateTime } from "@/lib/utils";
import { CommentForm } from "./comment-form";

type Props = { articleId: number; articleSlug: string; comments: PublicComment[]; commentsOpen: boolean };
type Target = { articlePath: string; commentsOpen: boolean };

/**
 * Approved comments, oldest first, replies nested under their parent, then the one form. Each
 * comment gets only a Reply link, as WordPress's comment-reply.js does: public/reader.js moves
 * the form under the comment, and without JavaScript the link opens the reply page.
 */
export function CommentThread({ articleId, articleSlug, comments, commentsOpen }: Props) {
  const tree = buildCommentTree(comments);
  const target: Target = { articlePath: `/articles/${articleSlug}`, commentsOpen };
  return (
    <section aria-labelledby="comments-heading" className="mt-12 border-t-2 border-ink pt-6 print:hidden">
      <h2 id="comments-heading" className="font-serif text-2xl font-bold">
        Comments ({comments.length})
      </h2>
      {tree.length === 0 ? <p className="mt-4 text-muted">No comments yet.</p> : null}
      {tree.length > 0 ? (
        <ol className="mt-6 space-y-6">
          {tree.map((node) => (
            <CommentItem key={node.id} node={node} target={target} />
          ))}
        </ol>
      ) : null}
      {/* reader.js marks it data-replying while it stands under a comment. */}
      <div id="comment-form" className="mt-10 data-replying:mt-4 rounded border border-stone-300 bg-stone-50 p-5 dark:border-stone-700 dark:bg-stone-900">
        {commentsOpen ? (
          <CommentForm
            articleId={articleId}
            articlePath={target.articlePath}
            idPrefix="comment"
            heading="Leave a comment"
            movable
          />
        ) : (
          <p className="font-semibold">Comments are closed on this article.</p>
        )}
      </div>
    </section>
  );
}

function CommentItem({ node, target }: { node: CommentNode<PublicComment>; target: Target }) {
  return (
    <li id={`comment-${node.id}`}>
      <article aria-label={`Comment by ${node.authorName}`} className="border-l-4 border-stone-300 pl-4 dark:border-stone-700">
        <CommentText comment={node} />
        {target.commentsOpen ? (
          // nofollow: the reply pages are noindex, and there is one per comment.
          <a
            href={`${target.articlePath}/reply/${node.id}`}
            rel="nofollow"
            className="mt-1 inline-block text-sm font-semibold text-brand hover:underline"
            data-reply-to={node.id}
            data-reply-name={node.authorName}
          >
            Reply<span className="sr-only"> to {node.authorName}</span>
          </a>
        ) : null}
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

/** Author, time and text of one comment; the thread and the reply page both show it so. */
export function CommentText({ comment }: { comment: Pick<PublicComment, "authorName" | "body" | "createdAt"> }) {
  return (
    <>
      <p className="text-sm">
        <span className="font-semibold">{comment.authorName}</span>
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
