import type { Metadata } from "next";
import Link from "next/link";
import { DeskPageHeading } from "@/components/admin/moderation/desk-page-heading";
import { notFound } from "next/navigation";
import { ChallengeForm } from "@/components/admin/moderation/commenter-forms";
import { CommentPanel } from "@/components/admin/moderation/comment-panel";
import { DecisionHistory } from "@/components/admin/moderation/decision-history";
import { ModerationTime } from "@/components/admin/moderation-time";
import { listCorrectionDraftsForComment } from "@/db/queries/correction-drafts";
import { getDeskItem } from "@/db/queries/moderation-queues";
import { listRejectReasons } from "@/db/queries/moderation-settings";
import { getCommentThread, type ThreadComment } from "@/db/queries/moderation-thread";
import { requirePagePermission } from "@/lib/auth/guards";
import { commenterHref, deskHref, type Queue } from "@/lib/moderation-desk/queues";
import { FALLBACK_REJECT_REASONS } from "@/lib/moderation-desk/reasons";
import { commentIdSchema } from "@/lib/moderation-desk/validation";
import { CORRECTION_DRAFT_STATUS_LABELS } from "@/lib/validation/corrections";

export const metadata: Metadata = { title: "Comment" };

type Props = { params: Promise<{ id: string }> };

/** One comment with everything around it: thread, story, commenter, decisions, correction drafts. */
export default async function CommentPage({ params }: Props) {
  const { id: raw } = await params;
  const user = await requirePagePermission("comments.moderate", `/admin/comments/${encodeURIComponent(raw)}`);
  const id = commentIdSchema.safeParse(raw);
  if (!id.success) notFound();
  const now = new Date();
  const item = getDeskItem(id.data, now);
  if (!item) notFound();
  const thread = getCommentThread(item.id);
  const drafts = listCorrectionDraftsForComment(item.id);
  const reasons = listRejectReasons();
  const queue: Queue = item.appeal ? "appeals" : item.reportCount > 0 ? "reported" : item.needsReview ? "review" : item.status;

  return (
    <div className="space-y-8">
      <div>
        <DeskPageHeading title={<>Comment by {item.authorName}</>} backHref={deskHref(queue)} />
        <p className="mt-1 flex flex-wrap gap-4 text-sm">
          <Link href={commenterHref(item.authorEmail)} className="text-brand underline">
            Commenter history, notes and bans
          </Link>
          <a href={`/articles/${item.article.slug}`} className="text-brand underline">
            Read the story
          </a>
          <Link href={`/admin/articles/${item.article.id}/edit`} className="text-brand underline">
            Edit the story
          </Link>
        </p>
      </div>
      <CommentPanel item={item} queue={queue} reasons={reasons.length ? reasons : FALLBACK_REJECT_REASONS} meId={user.id} now={now} />

      <section aria-labelledby="thread-heading" className="space-y-3">
        <h2 id="thread-heading" className="text-xl font-semibold">
          Thread
        </h2>
        {thread.ancestors.length === 0 && thread.replies.length === 0 ? <p className="text-sm text-muted">Not part of a thread.</p> : null}
        {thread.ancestors.length > 0 ? (
          <>
            <h3 className="text-sm font-semibold">In reply to</h3>
            <ThreadList comments={thread.ancestors} now={now} />
          </>
        ) : null}
        {thread.replies.length > 0 ? (
          <>
            <h3 className="text-sm font-semibold">Replies</h3>
            <ThreadList comments={thread.replies} now={now} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">
          Decisions
        </h2>
        <DecisionHistory entries={item.history} />
      </section>

      <section aria-labelledby="challenge-heading" className="max-w-2xl space-y-3">
        <h2 id="challenge-heading" className="text-xl font-semibold">
          Factual challenge
        </h2>
        <p className="text-sm text-muted">
          If this comment points out an error in the story, mark it as a factual challenge: the editors get a correction
          draft on the story, linked to this comment, to check, edit and publish. All drafts are under{" "}
          <Link href="/admin/comments/challenges" className="underline">
            Factual challenges
          </Link>
          .
        </p>
        {drafts.length > 0 ? (
          <ul className="space-y-1 text-sm" aria-label="Correction drafts from this comment">
            {drafts.map((d) => (
              <li key={d.id}>
                {CORRECTION_DRAFT_STATUS_LABELS[d.status]}: “{d.note}”, raised by {d.raisedBy ?? "someone"}{" "}
                <ModerationTime date={d.createdAt} now={now} />
              </li>
            ))}
          </ul>
        ) : null}
        <ChallengeForm commentId={item.id} />
      </section>
    </div>
  );
}

function ThreadList({ comments, now }: { comments: ThreadComment[]; now: Date }) {
  return (
    <ol className="space-y-2">
      {comments.map((c) => (
        <li key={c.id} className="rounded border border-stone-200 bg-white p-3 text-sm">
          <p className="font-semibold">
            <Link href={`/admin/comments/${c.id}`} className="underline">
              {c.authorName}
            </Link>{" "}
            <span className="font-normal text-muted">
              · {c.status} · <ModerationTime date={c.createdAt} now={now} />
            </span>
          </p>
          <p className="mt-1 whitespace-pre-line break-words">{c.body}</p>
        </li>
      ))}
    </ol>
  );
}
