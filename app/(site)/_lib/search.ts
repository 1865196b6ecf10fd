import "server-only";
import { listSections } from "@/db/queries/sections";
import { listSearchableAuthors, searchPublic, type FilterOption, type SearchFilters, type SearchHit } from "@/db/queries/search";
import { lastPage, prefixExpansions, type CappedTotal } from "@/db/queries/search-shared";
import { suggestCorrection } from "@/db/queries/search-suggest";
import { searchTerms, toMatchExpression } from "@/lib/search/query";
import { endOfDay, startOfDay, type PublicSearchParams } from "@/lib/validation/search";

export type SearchPageData = {
  params: PublicSearchParams;
  sections: FilterOption[];
  authors: FilterOption[];
  /** Null when nothing was asked (an empty box), so the page shows a prompt, not "no results". */
  result: { hits: SearchHit[]; total: CappedTotal; lastPage: number; suggestion: string | null } | null;
};

/**
 * Everything /search shows, from validated URL parameters. Unknown section or author slugs
 * are dropped rather than failing, like any other junk in the address.
 */
export function loadSearchPage(params: PublicSearchParams): SearchPageData {
  const sections = listSections().map(({ id, slug, name }) => ({ id, slug, name }));
  const authors = listSearchableAuthors();
  const section = sections.find((s) => s.slug === params.section);
  const author = authors.find((a) => a.slug === params.author);
  const clean = { ...params, section: section?.slug, author: author?.slug };
  if (!params.q) return { params: clean, sections, authors, result: null };

  const filters: SearchFilters = {
    sectionId: section?.id,
    authorId: author?.id,
    from: params.from ? startOfDay(params.from) : undefined,
    to: params.to ? endOfDay(params.to) : undefined,
  };
  const terms = searchTerms(params.q);
  const match = toMatchExpression(terms, prefixExpansions(terms));
  if (!match) {
    return { params: clean, sections, authors, result: { hits: [], total: { total: 0, capped: false }, lastPage: 1, suggestion: null } };
  }
  const { hits, total } = searchPublic(match, filters, params.page);
  const suggestion = total.total === 0 ? suggestCorrection(terms, filters) : null;
  return { params: clean, sections, authors, result: { hits, total, lastPage: lastPage(total), suggestion } };
}

/** The /search address for these parameters, leaving out empty ones and page 1. */
export function searchHref(params: Partial<PublicSearchParams>): string {
  const query = new URLSearchParams();
  for (const key of ["q", "section", "author", "from", "to"] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  if (params.page && params.page > 1) query.set("page", String(params.page));
  const s = query.toString();
  return s ? `/search?${s}` : "/search";
}
