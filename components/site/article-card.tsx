import Link from "next/link";
import type { ArticleCard as ArticleCardData } from "@/db/queries/articles";
import { Byline } from "./byline";
import { CommentCountLink } from "./comments/comment-count-link";
import { DateTime } from "./date-time";

type Props = {
  article: ArticleCardData;
  headingLevel?: 2 | 3;
  /**
   * Lists revalidated with comment moderation (lib/revalidate.ts) show the count; cards on
   * article pages (related stories) leave it out rather than show a stale one.
   */
  showCommentCount?: boolean;
};

/** One story in a list: section, headline link, dek, byline, date and, in lists, its comment count. */
export function ArticleCard({ article, headingLevel = 3, showCommentCount = false }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="border-t border-stone-300 pt-4 dark:border-stone-700">
      <p className="text-xs font-semibold tracking-wide text-brand uppercase">
        <Link href={`/sections/${article.section.slug}`} className="hover:underline">
          {article.section.name}
        </Link>
      </p>
      <Heading className="mt-1 font-serif text-xl leading-snug font-bold">
        <Link href={`/articles/${article.slug}`} className="hover:underline">
          {article.headline}
        </Link>
      </Heading>
      {article.dek ? <p className="mt-2 text-muted">{article.dek}</p> : null}
      <p className="mt-2 text-sm text-muted">
        <Byline authors={article.authors} linkClassName="text-ink" />
        {article.authors.length > 0 ? " · " : null}
        <DateTime date={article.publishedAt} />
        {showCommentCount ? (
          <>
            {" · "}
            <CommentCountLink slug={article.slug} count={article.commentCount} headline={article.headline} />
          </>
        ) : null}
      </p>
    </article>
  );
}
