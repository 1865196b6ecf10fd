import { cache } from "react";
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { siteUrl } from "@/db/config";
import { getPublishedArticleBySlug, listRelated } from "@/db/queries/articles";
import { getCommentThread } from "@/db/queries/comment-reader";
import { getCommentAvailability } from "@/db/queries/comment-posting";
import { expireAt } from "@/lib/schedule-cache";
import { listCorrectionsForArticle } from "@/db/queries/corrections";
import { findRedirectTarget } from "@/db/queries/slug-redirects";
import { ArticleView } from "@/components/site/article-view";
import { CommentThread } from "@/components/site/comment-thread";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { JsonLd } from "@/components/site/json-ld";
import { MostRead } from "@/components/site/most-read";
import { RelatedStories } from "@/components/site/related-stories";
import { ShareLinks } from "@/components/site/share-links";
import { DEFAULT_COMMENT_SORT } from "@/lib/comments/thread";
import { articleCrumbs, breadcrumbJsonLd } from "@/lib/page-structured-data";
import { GENERATED_IMAGE_SIZE, generatedImagePath, newsArticleJsonLd } from "@/lib/structured-data";

type Props = { params: Promise<{ slug: string }> };

// Shared by generateMetadata and the page: one query per render. Drafts, scheduled and unknown
// slugs all come back undefined from the published-only query.
const loadArticle = cache((slug: string) => getPublishedArticleBySlug(slug));

/**
 * No live article here: a renamed one's old address redirects permanently, anything else is a
 * 404. Next answers permanentRedirect() with 308, not 301: a 301 would need a route handler or
 * the proxy, and neither may own this path or read the database; browsers and crawlers treat
 * 308 as 301. Only the page calls this; generateMetadata has nothing to describe then.
 */
function answerMissing(slug: string): never {
  const current = findRedirectTarget(slug);
  if (current) permanentRedirect(`/articles/${current}`);
  notFound();
}

// Rendered on first request, then cached until publishing or moderation revalidates it.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = loadArticle((await params).slug);
  if (!article) return {};
  const url = `/articles/${article.slug}`;
  // The SEO fields, when set, speak for the article in search results and shares.
  const title = article.seoTitle || article.headline;
  const description = article.seoDescription || article.dek || undefined;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      title,
      description,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.substantiveUpdatedAt?.toISOString(),
      authors: article.authors.map((a) => a.name),
      // The uploaded hero when there is one, else the generated headline card.
      images: article.heroImageUrl
        ? [{ url: article.heroImageUrl, alt: article.heroImageAlt }]
        : [{ url: generatedImagePath(article.slug), ...GENERATED_IMAGE_SIZE, alt: article.headline }],
    },
    // Twitter takes title, description and image from Open Graph; only the card size is ours.
    twitter: { card: "summary_large_image" },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = loadArticle(slug) ?? answerMissing(slug);
  const related = listRelated(article);
  // Page 1 in the default order always exists, even with no comments.
  const comments = getCommentThread(article.id, DEFAULT_COMMENT_SORT, 1)!;
  const corrections = listCorrectionsForArticle(article.id);
  // Comments also close by age (the section's or the site's days): the page expires then.
  const availability = getCommentAvailability(article.id);
  await expireAt(availability?.closesAt ?? null);
  const commentsOpen = article.commentsOpen && (availability?.open ?? false);
  const crumbs = articleCrumbs(article);
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={newsArticleJsonLd(article, corrections, siteUrl())} />
      <JsonLd data={breadcrumbJsonLd(crumbs, siteUrl())} />
      <Breadcrumbs crumbs={crumbs} />
      <ArticleView article={article} corrections={corrections} viewSlug={article.slug} />
      <ShareLinks url={new URL(`/articles/${article.slug}`, siteUrl()).href} title={article.headline} />
      <RelatedStories articles={related} sectionName={article.section.name} />
      <MostRead />
      <CommentThread article={{ ...article, commentsOpen }} view={comments} />
    </div>
  );
}
