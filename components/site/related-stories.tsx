import type { ArticleCard as ArticleCardData } from "@/db/queries/articles";
import { ArticleCard } from "./article-card";

export function RelatedStories({ articles, sectionName }: { articles: ArticleCardData[]; sectionName: string }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-12 print:hidden">
      <h2 id="related-heading" className="font-serif text-2xl font-bold">
        More from {sectionName}
      </h2>
      <ul className="mt-4 grid gap-6 md:grid-cols-3">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ul>
    </section>
  );
}
