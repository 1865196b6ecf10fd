import type { PublicComment } from "@/db/queries/comments";
import { buildCommentTree, type CommentNode } from "@/lib/comment-policy";
import { formatDateTime } from "@/lib/utils";
import { CommentForm } from "./comment-form";

type Props = { articleId: number; comments: PublicComment[]; commentsOpen: boolean };

/** Approved comments, oldest first, replies nested under their parent, then the form. */
export function CommentThread({ articleId, comments, commentsOpen }: Props) {
  const tree = buildCommentTree(comments);
  return (
    <section aria-labelledby="comments-heading" className="mt-12 border-t-2 border-ink pt-6 print:hidden">
      <h2 id="comments-heading" className="font-serif text-2xl font-bold">
        Comments ({comments.length})
      </h2>
      {tree.length === 0 ? <p className="mt-4 text-muted">No comments yet.</p> : null}
      {tree.length > 0 ? (
        <ol className="mt-6 space-y-6">
          {tree.map((node) => (
            <CommentItem key={node.id} node={node} articleId={articleId} commentsOpen={commentsOpen} />
          ))}
        </ol>
      ) : null}
      <div id="comment-form" className="mt-10 rounded border border-stone-300 bg-stone-50 p-5 dark:border-stone-700 dark:bg-stone-900">
        {commentsOpen ? (
          <CommentForm articleId={articleId} idPrefix="comment" heading="Leave a comment" />
        ) : (
          <p className="font-semibold">Comments are closed on this article.</p>
        )}
      </div>
    </section>
  );
}

function CommentItem({ node, articleId, commentsOpen }: { node: CommentNode<PublicComment>; articleId: number; commentsOpen: boolean }) {
  return (
    <li id={`comment-${node.id}`}>
      <article aria-label={`Comment by ${node.authorName}`} className="border-l-4 border-stone-300 pl-4 dark:border-stone-700">
        <p className="text-sm">
          <span className="font-semibold">{node.authorName}</span>
          <span className="text-muted">
            {" · "}
            <time dateTime={node.createdAt.toISOString()}>{formatDateTime(node.createdAt)}</time>
          </span>
        </p>
        {/* Plain text: React escapes it, and pre-wrap keeps the commenter's line breaks. */}
        <p className="mt-1 whitespace-pre-wrap break-words">{node.body}</p>
        {commentsOpen ? (
          <details className="mt-2">
            <summary className="cursor-pointer text-sm font-semibold text-brand hover:underline">
              Reply<span className="sr-only"> to {node.authorName}</span>
            </summary>
            <div className="mt-3 rounded border border-stone-300 bg-stone-50 p-4 dark:border-stone-700 dark:bg-stone-900">
              <CommentForm articleId={articleId} parentId={node.id} idPrefix={`reply-${node.id}`} heading={`Reply to ${node.authorName}`} />
            </div>
          </details>
        ) : null}
      </article>
      {node.replies.length > 0 ? (
        <ol className="mt-4 ml-4 space-y-4 sm:ml-8">
          {node.replies.map((reply) => (
            <CommentItem key={reply.id} node={reply} articleId={articleId} commentsOpen={commentsOpen} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}
