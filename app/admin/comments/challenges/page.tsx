import type { Metadata } from "next";
import Link from "next/link";
import { ModerationTime } from "@/components/admin/moderation-time";
import { listChallenges } from "@/db/queries/moderation-challenges";
import { requirePagePermission } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Correction requests" };

/**
 * Comments staff marked as factual challenges, for the editors: each links the comment and the
 * story's edit page, where a correction is added. Open until the story gets a correction.
 */
export default async function ChallengesPage() {
  await requirePagePermission("comments.moderate", "/admin/comments/challenges");
  const challenges = listChallenges();
  const now = new Date();
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/admin/comments" className="text-brand underline">
            Back to the desk
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-3xl font-bold">Correction requests</h1>
        <p className="mt-1 text-muted">
          Raised from readers&apos; comments. A request is answered when a correction is added to the story.
        </p>
      </div>
      {challenges.length === 0 ? <p>No correction requests.</p> : null}
      <ul className="space-y-4">
        {challenges.map((c) => (
          <li key={c.id} className="rounded border border-stone-300 bg-white p-4">
            <p className="text-sm font-semibold">{c.resolved ? "Answered" : "Open"}</p>
            <h2 className="font-semibold">
              <Link href={`/admin/articles/${c.article.id}/edit`} className="text-brand underline">
                {c.article.headline}
              </Link>
            </h2>
            <p className="mt-1">{c.note}</p>
            {c.comment ? (
              <blockquote className="mt-2 border-l-4 border-stone-300 pl-3 text-sm">
                <Link href={`/admin/comments/${c.comment.id}`} className="underline">
                  Comment by {c.comment.authorName}
                </Link>
                : {c.comment.body.length > 200 ? `${c.comment.body.slice(0, 200)}…` : c.comment.body}
              </blockquote>
            ) : null}
            <p className="mt-2 text-sm text-muted">
              Raised by {c.raisedBy ?? "someone"} <ModerationTime date={c.createdAt} now={now} />
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
