import Link from "next/link";
import type { ModerationComment } from "@/db/queries/moderation";
import { CommentActions } from "./comment-actions";
import { queueHref } from "./moderation-tabs";
import { ModerationTime } from "./moderation-time";

const DECIDED = { approved: "Approved", rejected: "Rejected", spam: "Marked as spam" } as const;

/** One comment in the queue: what was said, by whom, where, and the buttons to decide it. */
export function CommentRow({ comment, now }: { comment: ModerationComment; now: Date }) {
  const { article } = comment;
  const titleId = `comment-${comment.id}-title`;
  return (
    <article aria-labelledby={titleId} className="rounded border border-stone-300 bg-white p-4">
      <header className="space-y-1">
        <h3 id={titleId} className="font-semibold">
          {comment.authorName} <span className="font-normal text-muted">&lt;{comment.authorEmail}&gt;</span>
        </h3>
        <p className="text-sm text-muted">
          On{" "}
          <a
            href={`/articles/${article.slug}`}
            target="_blank"
            rel="noopener noreferrer"
            className="font-semibold text-ink underline"
          >
            {article.headline}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>{" "}
          in {article.sectionName}
          {comment.parentAuthorName ? <>, in reply to {comment.parentAuthorName}</> : null}
        </p>
        <p className="text-sm text-muted">
          Posted <ModerationTime date={comment.createdAt} now={now} />
          {comment.status !== "pending" ? (
            <>
              {" · "}
              {DECIDED[comment.status]}
              {comment.moderatedByName ? <> by {comment.moderatedByName}</> : null}
              {comment.moderatedAt ? (
                <>
                  {" "}
                  <ModerationTime date={comment.moderatedAt} now={now} />
                </>
              ) : null}
            </>
          ) : null}
        </p>
      </header>
      {/* Plain text: React escapes it, and pre-line keeps the commenter's line breaks. */}
      <p className="mt-3 whitespace-pre-line break-words">{comment.body}</p>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <CommentActions id={comment.id} status={comment.status} authorName={comment.authorName} />
        <Link href={queueHref({ status: comment.status, articleId: article.id })} className="text-sm text-brand underline">
          Only this article<span className="sr-only">: {article.headline}</span>
        </Link>
      </div>
    </article>
  );
}
