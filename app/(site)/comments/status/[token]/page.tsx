import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCommentByStatusToken } from "@/db/queries/comment-reader";
import { CommentText } from "@/components/site/comment-thread";
import { AppealForm } from "@/components/site/comments/appeal-form";
import { OwnCommentStatusNote } from "@/components/site/comments/own-comment-status";
import { APPEAL_OUTCOMES, isAppealOutcome } from "@/lib/comments/appeal-post";
import { readerStatusOf } from "@/lib/comments/status-view";

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// A commenter's private status link. Per request and never stored (lib/cache-headers.ts makes
// /comments/* private, no-store), never indexed, never sent to another site as a referrer: the
// address is the secret. Also where a comment posted without JavaScript lands.
export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Your comment",
  robots: { index: false, follow: false },
  // Same-origin only: the address (the secret) never reaches another site, and our own form
  // posts keep their Origin header, which the appeal endpoint checks.
  referrer: "same-origin",
};

export default async function CommentStatusPage({ params, searchParams }: Props) {
  const { token } = await params;
  const comment = getCommentByStatusToken(token);
  if (!comment) notFound();
  const status = readerStatusOf(comment.status);
  const raw = (await searchParams).appeal;
  const appealOutcome = typeof raw === "string" && isAppealOutcome(raw) ? raw : null;
  const canAppeal = status === "rejected" && comment.appeal === null;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">Your comment</h1>
      <p className="mt-2 text-lg">
        On{" "}
        {comment.article.live ? (
          <Link href={`/articles/${comment.article.slug}`} className="font-semibold text-brand underline">
            {comment.article.headline}
          </Link>
        ) : (
          <span className="font-semibold">{comment.article.headline}</span>
        )}
      </p>
      <OwnCommentStatusNote comment={comment} status={status} />
      <article
        aria-label="Your comment"
        className="mt-6 border-l-4 border-stone-300 pl-4 dark:border-stone-700"
      >
        <CommentText comment={comment} />
      </article>
      {appealOutcome ? (
        <p
          role="status"
          className={`mt-6 rounded border px-3 py-2 ${appealOutcome === "appealed" ? "border-green-700 bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100" : "border-red-700 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100"}`}
        >
          {APPEAL_OUTCOMES[appealOutcome].message}
        </p>
      ) : null}
      {canAppeal ? <AppealForm token={token} invalid={appealOutcome === "invalid"} /> : null}
      <p className="mt-8 text-sm text-muted">
        Bookmark this page to follow your comment. Keep its address to yourself: anyone who has it can see
        this comment&rsquo;s status.
      </p>
    </div>
  );
}
