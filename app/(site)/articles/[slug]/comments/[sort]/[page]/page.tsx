import { cache } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublishedArticleBySlug } from "@/db/queries/articles";
import { getCommentThread } from "@/db/queries/comment-reader";
import { CommentThread } from "@/components/site/comment-thread";
import { COMMENT_SORT_LABELS, isCommentSort } from "@/lib/comments/thread";

type Props = { params: Promise<{ slug: string; sort: string; page: string }> };

/**
 * A page of an article's comments in one order: /articles/<slug>/comments/<sort>/<page>. Path
 * segments, not a query, so each is a cacheable page (revalidated with the article's comments);
 * junk orders or pages past the end are 404s. Shared by generateMetadata and the page.
 */
const loadThread = cache((slug: string, sort: string, page: string) => {
  if (!isCommentSort(sort) || !/^[1-9]\d{0,5}$/.test(page)) return undefined;
  const article = getPublishedArticleBySlug(slug);
  if (!article) return undefined;
  const view = getCommentThread(article.id, sort, Number(page));
  return view ? { article, view } : undefined;
});

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, sort, page } = await params;
  const found = loadThread(slug, sort, page);
  if (!found) return {};
  const { article, view } = found;
  return {
    title: `Comments (${COMMENT_SORT_LABELS[view.thread.sort].toLowerCase()}, page ${view.thread.page}): ${article.headline}`,
    // The comments belong to the article; these views of them are for readers, not for search.
    robots: { index: false, follow: true },
  };
}

export default async function CommentPage({ params }: Props) {
  const { slug, sort, page } = await params;
  const found = loadThread(slug, sort, page);
  if (!found) notFound();
  const { article, view } = found;
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm font-semibold tracking-wide text-brand uppercase">Readers&rsquo; comments</p>
      <h1 className="mt-1 font-serif text-3xl font-bold">
        <Link href={`/articles/${article.slug}`} className="hover:underline">
          {article.headline}
        </Link>
      </h1>
      <p className="mt-2 text-muted">
        {COMMENT_SORT_LABELS[view.thread.sort]}, page {view.thread.page} of {view.thread.pageCount}
      </p>
      <CommentThread article={article} view={view} />
    </div>
  );
}
