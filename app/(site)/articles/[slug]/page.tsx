import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublishedArticleBySlug, listRelated } from "@/db/queries/articles";
import { listApprovedComments } from "@/db/queries/comments";
import { ArticleHeader } from "@/components/site/article-header";
import { AuthorBox } from "@/components/site/author-box";
import { CommentThread } from "@/components/site/comment-thread";
import { HeroFigure } from "@/components/site/hero-figure";
import { RelatedStories } from "@/components/site/related-stories";
import { TagList } from "@/components/site/tag-list";
import { renderMarkdown } from "@/lib/markdown";

type Props = { params: Promise<{ slug: string }> };

// Shared by generateMetadata and the page: one query per render. Drafts, scheduled and unknown
// slugs all come back undefined from the published-only query.
const loadArticle = cache((slug: string) => getPublishedArticleBySlug(slug));

// Rendered on first request, then cached until publishing or moderation revalidates it.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = loadArticle((await params).slug);
  if (!article) notFound();
  const url = `/articles/${article.slug}`;
  return {
    title: article.headline,
    description: article.dek || undefined,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      title: article.headline,
      description: article.dek || undefined,
      publishedTime: article.publishedAt.toISOString(),
      authors: article.authors.map((a) => a.name),
      images: article.heroImageUrl ? [{ url: article.heroImageUrl, alt: article.heroImageAlt }] : undefined,
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = loadArticle((await params).slug);
  if (!article) notFound();
  const related = listRelated(article);
  const comments = listApprovedComments(article.id);
  return (
    <div className="mx-auto max-w-3xl">
      <article>
        <ArticleHeader article={article} />
        {article.heroImageUrl ? (
          <HeroFigure src={article.heroImageUrl} alt={article.heroImageAlt} caption={article.heroImageCaption} />
        ) : null}
        {/* renderMarkdown sanitises: the only HTML this page injects. */}
        <div className="prose prose-stone prose-lg mt-8 max-w-none font-serif" dangerouslySetInnerHTML={{ __html: renderMarkdown(article.body) }} />
        <TagList tags={article.tags} />
        {article.authors.length > 0 ? (
          <section aria-labelledby="about-authors" className="mt-10">
            <h2 id="about-authors" className="font-serif text-xl font-bold">
              About the {article.authors.length > 1 ? "authors" : "author"}
            </h2>
            <div className="mt-4 space-y-4">
              {article.authors.map((author) => (
                <AuthorBox key={author.slug} author={author} />
              ))}
            </div>
          </section>
        ) : null}
      </article>
      <RelatedStories articles={related} sectionName={article.section.name} />
      <CommentThread articleId={article.id} comments={comments} commentsOpen={article.commentsOpen} />
    </div>
  );
}
