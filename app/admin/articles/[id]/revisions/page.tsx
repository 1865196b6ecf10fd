import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { RevisionCompareForm } from "@/components/admin/revision-compare-form";
import { RevisionTable } from "@/components/admin/revision-table";
import { SnapshotDiff } from "@/components/admin/snapshot-diff";
import { getArticleForEdit } from "@/db/queries/article-editor";
import { getRevisionByNumber, listRevisions } from "@/db/queries/revisions";
import { requirePagePermission } from "@/lib/auth/guards";
import { canEditArticle } from "@/lib/auth/permissions";
import { idSchema } from "@/lib/validation/article";
import { compareQuerySchema, comparePair } from "@/lib/validation/revision";
import { restoreRevisionAction } from "./actions";

export const metadata: Metadata = { title: "Revisions" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Every saved version of an article, a diff between any two, and a way back to any of them. */
export default async function RevisionsPage({ params, searchParams }: Props) {
  const user = await requirePagePermission("articles.write", "/admin/articles");
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const article = getArticleForEdit(id.data);
  if (!article) notFound();
  if (!canEditArticle(user, article)) forbidden();

  const revisions = listRevisions(article.id);
  const pair = comparePair(compareQuerySchema.parse(await searchParams), revisions.length);
  const from = pair && getRevisionByNumber(article.id, pair.from);
  const to = pair && getRevisionByNumber(article.id, pair.to);

  return (
    <div className="max-w-5xl">
      <p className="text-sm">
        <Link href={`/admin/articles/${article.id}/edit`} className="text-brand underline">
          Back to the editor
        </Link>
      </p>
      <h1 className="mt-1 font-serif text-3xl font-bold">Revisions</h1>
      <p className="mt-1 text-muted">{article.headline}</p>

      {revisions.length === 0 ? (
        <p className="mt-6">No revisions yet: the first save of this article will start its history.</p>
      ) : (
        <>
          <section aria-labelledby="compare-heading" className="mt-8">
            <h2 id="compare-heading" className="text-xl font-bold">
              Compare two revisions
            </h2>
            {pair && from && to ? (
              <>
                <RevisionCompareForm revisions={revisions} from={pair.from} to={pair.to} />
                <SnapshotDiff from={from} to={to} />
              </>
            ) : (
              <p className="mt-2 text-sm text-muted">There is only one revision so far; save again to have two to compare.</p>
            )}
          </section>
          <section aria-labelledby="history-heading" className="mt-10">
            <h2 id="history-heading" className="text-xl font-bold">
              All revisions ({revisions.length})
            </h2>
            <RevisionTable articleId={article.id} revisions={revisions} restore={restoreRevisionAction.bind(null, article.id)} />
          </section>
        </>
      )}
    </div>
  );
}
