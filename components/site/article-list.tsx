import type { ArticleCard as ArticleCardData } from "@/db/queries/articles";
import { ArticleCard } from "./article-card";

/** A grid of story cards, or a friendly line when there are none yet. */
export function ArticleList({
  articles,
  headingLevel = 2,
}: {
  articles: ArticleCardData[];
  headingLevel?: 2 | 3;
}) {
  if (articles.length === 0) {
    return <p className="mt-8 text-lg text-muted">No stories yet. Check back soon.</p>;
  }
  return (
    <ul className="mt-6 grid gap-8 sm:grid-cols-2">
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} headingLevel={headingLevel} showCommentCount />
        </li>
      ))}
    </ul>
  );
}
