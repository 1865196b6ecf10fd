import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublicComment } from "@/db/queries/comments";
import { QuotedComment } from "@/components/site/comments/quoted-comment";
import { ReportForm } from "@/components/site/comments/report-form";
import { REPORT_OUTCOMES, isReportOutcome } from "@/lib/comments/report-post";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Where a comment's Report link leads without JavaScript, and where its form comes back to
// (?outcome=). Per request: a comment taken down must not stay reportable; never indexed.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Report a comment", robots: { index: false, follow: false } };

export default async function ReportPage({ params, searchParams }: Props) {
  const { id } = await params;
  const comment = /^[1-9]\d{0,15}$/.test(id) ? getPublicComment(Number(id)) : undefined;
  if (!comment) notFound();
  const raw = (await searchParams).outcome;
  const outcome = isReportOutcome(typeof raw === "string" ? raw : undefined)
    ? (raw as keyof typeof REPORT_OUTCOMES)
    : null;
  const done = outcome === "reported" || outcome === "repeat";
  const back = `/comments/${comment.id}`;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">{done ? "Thank you" : "Report a comment"}</h1>
      <QuotedComment article={{ slug: comment.articleSlug, headline: comment.articleHeadline }} comment={comment} />
      {outcome ? (
        <p
          role="status"
          className={`mt-6 rounded border px-3 py-2 ${done ? "border-green-700 bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100" : "border-red-700 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100"}`}
        >
          {REPORT_OUTCOMES[outcome].message}
        </p>
      ) : null}
      {done ? null : (
        <div className="mt-6">
          <ReportForm
            commentId={comment.id}
            idPrefix="report"
            reasonError={outcome === "invalid" ? "Choose why you are reporting this comment." : undefined}
          />
        </div>
      )}
      <p className="mt-6">
        <Link href={back} className="font-semibold text-brand underline">
          Back to the comment
        </Link>
      </p>
    </div>
  );
}
