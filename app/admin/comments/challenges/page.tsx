import type { Metadata } from "next";
import Link from "next/link";
import { DeskPageHeading } from "@/components/admin/moderation/desk-page-heading";
import { ModerationTime } from "@/components/admin/moderation-time";
import { listCorrectionDrafts } from "@/db/queries/correction-drafts";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { CORRECTION_DRAFT_STATUS_LABELS, CORRECTION_LABELS } from "@/lib/validation/corrections";

export const metadata: Metadata = { title: "Factual challenges" };

/**
 * Comments staff marked as factual challenges, each with the correction draft it opened on the
 * story: waiting ones first, then what the editors published or dismissed.
 */
export default async function ChallengesPage() {
  const user = await requirePagePermission("comments.moderate", "/admin/comments/challenges");
  const drafts = listCorrectionDrafts();
  const editor = can(user.role, "articles.publish");
  const now = new Date();
  return (
    <div className="space-y-6">
      <div>
        <DeskPageHeading title="Factual challenges" />
        <p className="mt-1 text-muted">
          Readers&apos; comments that point out an error. Each one opened a correction draft on its story, which an editor
          publishes or dismisses from the story&apos;s edit page.
        </p>
      </div>
      {drafts.length === 0 ? <p>No factual challenges yet.</p> : null}
      <ul className="space-y-4" aria-label="Factual challenges">
        {drafts.map((d) => (
          <li key={d.id} className="rounded border border-stone-300 bg-white p-4">
            <p className="text-sm font-semibold">{CORRECTION_DRAFT_STATUS_LABELS[d.status]}</p>
            <h2 className="font-semibold">
              {editor ? (
                <Link href={`/admin/articles/${d.article.id}/edit#correction-draft-${d.id}`} className="text-brand underline">
                  {d.article.headline}
                </Link>
              ) : (
                d.article.headline
              )}
            </h2>
            <p className="mt-1">{d.note}</p>
            {d.comment ? (
              <blockquote className="mt-2 border-l-4 border-stone-300 pl-3 text-sm">
                <Link href={`/admin/comments/${d.comment.id}`} className="underline">
                  Comment by {d.comment.authorName}
                </Link>
                : {d.comment.body.length > 200 ? `${d.comment.body.slice(0, 200)}…` : d.comment.body}
              </blockquote>
            ) : null}
            {d.status === "published" ? (
              <p className="mt-2 text-sm">
                <strong>{CORRECTION_LABELS[d.kind]}:</strong> {d.body}
              </p>
            ) : null}
            <p className="mt-2 text-sm text-muted">
              Raised by {d.raisedBy ?? "someone"} <ModerationTime date={d.createdAt} now={now} />
              {d.resolvedAt ? (
                <>
                  {" "}
                  · {d.status === "published" ? "published" : "dismissed"} by {d.resolvedBy ?? "someone"}{" "}
                  <ModerationTime date={d.resolvedAt} now={now} />
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
