import Link from "next/link";
import type { ArticleCard } from "@/db/queries/articles";
import { Byline } from "./byline";
import { CommentCountLink } from "./comments/comment-count-link";
import { DateTime } from "./date-time";
import { ResponsiveImage } from "./responsive-image";

// Three of five columns of the 72rem page from md up; the full width below.
const LEAD_SIZES = "(min-width: 72rem) 42rem, (min-width: 48rem) 60vw, 100vw";

/** The front page's top story: large headline, hero image, dek and byline. */
export function LeadStory({ article }: { article: ArticleCard }) {
  return (
    <article className="grid gap-6 border-b border-stone-300 pb-8 md:grid-cols-5 dark:border-stone-700">
      {article.heroImageUrl ? (
        <Link href={`/articles/${article.slug}`} className="md:col-span-3" tabIndex={-1} aria-hidden="true">
          <ResponsiveImage
            src={article.heroImageUrl}
            alt=""
            sizes={LEAD_SIZES}
            priority
            className="aspect-video h-auto w-full rounded bg-stone-200 object-cover dark:bg-stone-800"
          />
        </Link>
      ) : null}
      <div className={article.heroImageUrl ? "md:col-span-2" : "md:col-span-5"}>
        <p className="text-xs font-semibold tracking-wide text-brand uppercase">
          <Link href={`/sections/${article.section.slug}`} className="hover:underline">
            {article.section.name}
          </Link>
        </p>
        <h2 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-4xl">
          <Link href={`/articles/${article.slug}`} className="hover:underline">
            {article.headline}
          </Link>
        </h2>
        {article.dek ? <p className="mt-3 text-lg text-muted">{article.dek}</p> : null}
        <p className="mt-3 text-sm text-muted">
          <Byline authors={article.authors} linkClassName="text-ink" />
          {article.authors.length > 0 ? " · " : null}
          <DateTime date={article.publishedAt} />
          {" · "}
          <CommentCountLink slug={article.slug} count={article.commentCount} headline={article.headline} />
        </p>
      </div>
    </article>
  );
}
