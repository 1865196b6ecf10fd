import Link from "next/link";
import { listMostRead } from "@/db/queries/most-read";
import { loadMostReadSlugs, MOST_READ_COUNT } from "@/lib/most-read";

/**
 * The five most read stories of the last 24 hours (db/queries/most-read.ts), or the latest when nothing has
 * been counted yet. A server component: the ranking comes from a cache entry, not the request.
 */
export async function MostRead() {
  const articles = listMostRead(await loadMostReadSlugs(), MOST_READ_COUNT);
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="most-read-heading" className="mt-12 print:hidden">
      <h2 id="most-read-heading" className="font-serif text-2xl font-bold">
        Most read
      </h2>
      <ol className="mt-4 divide-y divide-stone-200 dark:divide-stone-700">
        {articles.map((article, i) => (
          <li key={article.id} className="flex gap-4 py-3">
            <span aria-hidden="true" className="font-serif text-3xl font-bold text-brand tabular-nums">
              {i + 1}
            </span>
            <div>
              <Link href={`/articles/${article.slug}`} className="font-serif text-lg font-bold hover:underline">
                {article.headline}
              </Link>
              <p className="text-sm text-muted">{article.section.name}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
