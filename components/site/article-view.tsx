import type { ArticleDetail } from "@/db/queries/articles";
import type { CorrectionEntry } from "@/db/queries/corrections";
import { renderMarkdown } from "@/lib/markdown";
import { ArticleHeader } from "./article-header";
import { AuthorBox } from "./author-box";
import { CorrectionsNotice } from "./corrections-notice";
import { HeroFigure } from "./hero-figure";
import { TagList } from "./tag-list";

/**
 * The story itself: header, hero, body, corrections, topics and author boxes. Shared by the
 * article page and the preview page, so a preview shows exactly what readers will get.
 */
export function ArticleView({
  article,
  corrections,
  viewSlug,
}: {
  article: ArticleDetail;
  corrections: CorrectionEntry[];
  /** Set on the public page only: public/reader.js counts one view of this slug for Most read. */
  viewSlug?: string;
}) {
  return (
    <article data-view-slug={viewSlug}>
      <ArticleHeader article={article} />
      {article.heroImageUrl ? (
        <HeroFigure
          src={article.heroImageUrl}
          alt={article.heroImageAlt}
          caption={article.heroImageCaption}
          credit={article.heroImageCredit}
        />
      ) : null}
      {/* renderMarkdown sanitises: the only HTML this page injects. */}
      <div
        className="article-body prose prose-stone prose-lg mt-8 max-w-none font-serif dark:prose-invert"
        dangerouslySetInnerHTML={{ __html: renderMarkdown(article.body) }}
      />
      <CorrectionsNotice corrections={corrections} />
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
  );
}
