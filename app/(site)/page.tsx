import type { Metadata } from "next";
import Link from "next/link";
import { listPublishedBySection } from "@/db/queries/articles";
import { getFrontPageStories } from "@/db/queries/front-page";
import { listSections } from "@/db/queries/sections";
import { ArticleList } from "@/components/site/article-list";
import { LeadStory } from "@/components/site/lead-story";
import { MostRead } from "@/components/site/most-read";
import { feedAlternate } from "@/lib/feeds/discovery";

const LATEST = 12;

// The site-wide feed, found by browsers and feed readers from the front page.
export const metadata: Metadata = { alternates: { types: feedAlternate("/", "The Gazette") } };

export default function FrontPage() {
  // The desk's lead and pins first (see /admin/front-page), then the newest of the rest.
  const { lead, pinned, latest } = getFrontPageStories(LATEST);
  const sections = listSections()
    .map((section) => ({ section, articles: listPublishedBySection(section.id, { limit: 3, offset: 0 }) }))
    .filter((block) => block.articles.length > 0);
  return (
    <>
      <h1 className="sr-only">The Gazette: front page</h1>
      {lead ? <LeadStory article={lead} /> : <p className="text-lg text-muted">No stories yet. Check back soon.</p>}
      {pinned.length > 0 ? (
        <section aria-labelledby="top-stories-heading" className="mt-10">
          <h2 id="top-stories-heading" className="font-serif text-2xl font-bold">
            Top stories
          </h2>
          <ArticleList articles={pinned} headingLevel={3} />
        </section>
      ) : null}
      {latest.length > 0 ? (
        <section aria-labelledby="latest-heading" className="mt-10">
          <h2 id="latest-heading" className="font-serif text-2xl font-bold">
            Latest news
          </h2>
          <ArticleList articles={latest} headingLevel={3} />
        </section>
      ) : null}
      <MostRead />
      {sections.map(({ section, articles }) => (
        <section key={section.id} aria-labelledby={`section-${section.slug}`} className="mt-12">
          <div className="flex items-baseline justify-between border-b-2 border-ink pb-1">
            <h2 id={`section-${section.slug}`} className="font-serif text-2xl font-bold">
              {section.name}
            </h2>
            <Link href={`/sections/${section.slug}`} className="text-sm font-semibold text-brand hover:underline">
              More {section.name}<span aria-hidden="true"> →</span>
            </Link>
          </div>
          <ArticleList articles={articles} headingLevel={3} />
        </section>
      ))}
    </>
  );
}
