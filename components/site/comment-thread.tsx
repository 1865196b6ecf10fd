import type { CommentThreadView } from "@/db/queries/comment-reader";
import type { CommentModerationMode } from "@/db/schema";
import { CommentForm } from "./comment-form";
import { CommentItem, type ThreadTarget } from "./comments/comment-item";
import { CommentPager, CommentSortNav } from "./comments/comment-thread-nav";
import { FeaturedComments } from "./comments/featured-comments";
import { moderationNote } from "./comments/moderation-note";
import { ReportForm } from "./comments/report-form";

export { CommentText } from "./comments/comment-item";

type Props = {
  article: {
    id: number;
    slug: string;
    commentsOpen: boolean;
    commentModeration: CommentModerationMode;
    commentSurge: boolean;
  };
  view: CommentThreadView;
};

/**
 * One page of an article's conversation: count, sort links, featured comments, the thread
 * (replies nested three deep), more pages, then the one form. Everything is a plain link or
 * form; public/reader.js only shortens the trips (reply and report in place, load more).
 */
export function CommentThread({ article, view }: Props) {
  const { thread, total, featured } = view;
  const target: ThreadTarget = {
    articlePath: `/articles/${article.slug}`,
    commentsOpen: article.commentsOpen,
  };
  return (
    <section
      id="comments"
      aria-labelledby="comments-heading"
      className="mt-12 scroll-mt-4 border-t-2 border-ink pt-6 print:hidden"
      data-comments-for={target.articlePath}
    >
      <h2 id="comments-heading" className="font-serif text-2xl font-bold">
        Comments ({total})
      </h2>
      {total > 1 ? <CommentSortNav slug={article.slug} sort={thread.sort} /> : null}
      {/* reader.js shows the reader's own comments that still await moderation here. */}
      <div data-own-pending />
      <FeaturedComments comments={featured} />
      {total === 0 ? <p className="mt-4 text-muted">No comments yet.</p> : null}
      {thread.roots.length > 0 ? (
        <ol className="mt-6 space-y-6" data-comment-list>
          {thread.roots.map((node) => (
            <CommentItem key={node.id} node={node} target={target} />
          ))}
        </ol>
      ) : null}
      <CommentPager slug={article.slug} sort={thread.sort} page={thread.page} pageCount={thread.pageCount} />
      {total > 0 ? (
        // Copied by reader.js under a comment when its Report link is clicked.
        <template data-report-template>
          <ReportForm commentId={0} idPrefix="report-new" inline />
        </template>
      ) : null}
      {/* reader.js marks it data-replying while it stands under a comment. */}
      <div
        id="comment-form"
        className="mt-10 data-replying:mt-4 rounded border border-stone-300 bg-stone-50 p-5 dark:border-stone-700 dark:bg-stone-900"
      >
        {article.commentsOpen ? (
          <CommentForm
            articleId={article.id}
            articlePath={target.articlePath}
            idPrefix="comment"
            heading="Leave a comment"
            note={moderationNote(article.commentModeration, article.commentSurge)}
            movable
          />
        ) : (
          <p className="font-semibold">Comments are closed on this article.</p>
        )}
      </div>
    </section>
  );
}
