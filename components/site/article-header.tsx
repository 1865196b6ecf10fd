import Link from "next/link";
import type { ArticleDetail } from "@/db/queries/articles";
import { readingTimeMinutes, wordCount } from "@/lib/text-stats";
import { Byline } from "./byline";
import { DateTime } from "./date-time";

/** Section, headline, dek, byline and dates at the top of an article. */
export function ArticleHeader({ article }: { article: ArticleDetail }) {
  // Only a correction, clarification or update moves this; a typo fix is not news to readers.
  const changed = article.substantiveUpdatedAt;
  const updated = changed && changed > article.publishedAt ? changed : null;
  const minutes = readingTimeMinutes(wordCount(article.body));
  return (
    <header>
      <p className="text-sm font-semibold tracking-wide text-brand uppercase">
        <Link href={`/sections/${article.section.slug}`} className="hover:underline">
          {article.section.name}
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-4xl leading-tight font-bold sm:text-5xl">{article.headline}</h1>
      {article.dek ? <p className="mt-4 text-xl text-muted">{article.dek}</p> : null}
      <div className="mt-4 text-sm text-muted">
        <p>
          <Byline authors={article.authors} />
        </p>
        <p className="mt-1">
          Published <DateTime date={article.publishedAt} />
          {updated ? (
            <>
              {" · "}Updated <DateTime date={updated} />
            </>
          ) : null}
          {minutes > 0 ? ` · ${minutes} min read` : null}
        </p>
      </div>
    </header>
  );
}
