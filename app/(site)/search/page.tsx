import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SearchForm } from "@/components/site/search-form";
import { SearchResults } from "@/components/site/search-results";
import { SEARCH_COUNT_CAP } from "@/db/queries/search-shared";
import { publicSearchParams } from "@/lib/validation/search";
import { loadSearchPage, searchHref } from "../_lib/search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Reading searchParams makes this page render per request: results depend on the query.
// Result pages are not worth indexing, and would compete with the stories themselves.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = publicSearchParams.parse(await searchParams);
  return { title: q ? `Search: ${q}` : "Search", robots: { index: false, follow: true }, alternates: { canonical: "/search" } };
}

const numberFormat = new Intl.NumberFormat("en-GB");

export default async function SearchPage({ searchParams }: Props) {
  const data = loadSearchPage(publicSearchParams.parse(await searchParams));
  const { params, result } = data;
  if (result && result.total.total > 0 && params.page > result.lastPage) notFound();

  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Search</h1>
      <SearchForm params={params} sections={data.sections} authors={data.authors} />
      <section aria-labelledby="results-heading" className="mt-8">
        {result === null ? (
          <p className="text-lg text-muted">Search every story by words in the headline, text, writer or topic.</p>
        ) : result.total.total === 0 ? (
          <div role="status">
            <h2 id="results-heading" className="text-xl font-semibold">
              No stories match “{params.q}”
            </h2>
            {result.suggestion ? (
              <p className="mt-2 text-lg">
                Did you mean{" "}
                <Link href={searchHref({ ...params, q: result.suggestion, page: 1 })} className="font-semibold text-brand underline">
                  {result.suggestion}
                </Link>
                ?
              </p>
            ) : null}
            <p className="mt-2 text-muted">Check the spelling, try fewer or more general words, or clear the filters.</p>
          </div>
        ) : (
          <>
            <h2 id="results-heading" className="text-xl font-semibold">
              {result.total.capped
                ? `More than ${numberFormat.format(SEARCH_COUNT_CAP)} results`
                : `${numberFormat.format(result.total.total)} ${result.total.total === 1 ? "result" : "results"}`}{" "}
              for “{params.q}”
            </h2>
            {result.lastPage > 1 ? (
              <p className="text-sm text-muted">
                Page {params.page} of {result.lastPage}
              </p>
            ) : null}
            <SearchResults hits={result.hits} />
            <SearchPagination params={params} lastPage={result.lastPage} />
          </>
        )}
      </section>
    </>
  );
}

function SearchPagination({ params, lastPage }: { params: Parameters<typeof searchHref>[0] & { page: number }; lastPage: number }) {
  if (lastPage <= 1) return null;
  const linkClass = "rounded border border-stone-400 px-3 py-1.5 text-sm font-semibold hover:bg-stone-100";
  return (
    <nav aria-label="Search results pages" className="mt-10 flex items-center justify-between gap-4">
      {params.page > 1 ? (
        <Link href={searchHref({ ...params, page: params.page - 1 })} rel="prev" className={linkClass}>
          ← Previous results
        </Link>
      ) : (
        <span />
      )}
      {params.page < lastPage ? (
        <Link href={searchHref({ ...params, page: params.page + 1 })} rel="next" className={linkClass}>
          More results →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
