import type { PublicComment } from "@/db/queries/comments";
import { buildCommentTree, type CommentNode } from "@/lib/comment-policy";
import { formatDateTime } from "@/lib/utils";
import { CommentForm } from "./comment-form";

type Props = { articleId: number; articleSlug: string; comments: PublicComment[]; commentsOpen: boolean };
type Target = { articleId: number; articlePath: string; commentsOpen: boolean };

/** Approved comments, oldest first, replies nested under their parent, then the form. */
export function CommentThread({ articleId, articleSlug, comments, commentsOpen }: Props) {
  const tree = buildCommentTree(comments);
  const target: Target = { articleId, articlePath: `/articles/${articleSlug}`, commentsOpen };
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
      <div id="comment-form" className="mt-10 rounded border border-stone-300 bg-stone-50 p-5 dark:border-stone-700 dark:bg-stone-900">
        {commentsOpen ? (
          <CommentForm articleId={articleId} articlePath={target.articlePath} idPrefix="comment" heading="Leave a comment" />
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
        <p className="text-sm">
          <span className="font-semibold">{node.authorName}</span>
          <span className="text-muted">
            {" · "}
            <time dateTime={node.createdAt.toISOString()}>{formatDateTime(node.createdAt)}</time>
          </span>
        </p>
        {/* Plain text: React escapes it, and pre-wrap keeps the commenter's line breaks. */}
        <p className="mt-1 whitespace-pre-wrap break-words">{node.body}</p>
        {target.commentsOpen ? (
          <details className="mt-2">
            <summary className="cursor-pointer text-sm font-semibold text-brand hover:underline">
              Reply<span className="sr-only"> to {node.authorName}</span>
            </summary>
            <div className="mt-3 rounded border border-stone-300 bg-stone-50 p-4 dark:border-stone-700 dark:bg-stone-900">
              <CommentForm
                articleId={target.articleId}
                articlePath={target.articlePath}
                parentId={node.id}
                idPrefix={`reply-${node.id}`}
                heading={`Reply to ${node.authorName}`}
              />
            </div>
          </details>
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
