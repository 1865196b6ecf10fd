import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { COMMENT_OUTCOMES, commentReturnPath, isCommentOutcome } from "@/lib/comments/comment-outcomes";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Where a comment posted without JavaScript lands (app/api/comments). Per request: it reads
// the query. Never worth indexing: it says nothing about any story.
export const metadata: Metadata = { title: "Your comment", robots: { index: false, follow: false } };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function CommentReceivedPage({ searchParams }: Props) {
  const params = await searchParams;
  const outcome = first(params.outcome);
  if (!isCommentOutcome(outcome)) notFound();
  const back = commentReturnPath(first(params.to));
  const received = outcome === "received";
  // Without JavaScript the fields are not shown again, so "highlighted fields" would mislead.
  const message =
    outcome === "invalid"
      ? "Your comment was not posted: a field was missing or not valid. Go back, check your name, email and comment, and try again."
      : COMMENT_OUTCOMES[outcome].message;
  return (
    <div className="mx-auto max-w-xl py-12">
      <h1 className="font-serif text-4xl font-bold">
        {received ? "Comment received" : "Comment not posted"}
      </h1>
      <p className="mt-4 text-lg">{message}</p>
      {received ? (
        <p className="mt-2 text-muted">A moderator checks every comment before it appears.</p>
      ) : null}
      <p className="mt-6">
        <Link
          href={back === "/" ? "/" : `${back}#comments-heading`}
          className="font-semibold text-brand underline"
        >
          {back === "/" ? "Go to the front page" : "Back to the article"}
        </Link>
      </p>
    </div>
  );
}
