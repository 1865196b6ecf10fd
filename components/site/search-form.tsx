import type { FilterOption } from "@/db/queries/search";
import type { PublicSearchParams } from "@/lib/validation/search";

const control =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base text-ink dark:bg-stone-900";

/** The full search form with its filters: a GET form, so the URL holds the whole state. */
export function SearchForm({ params, sections, authors }: { params: PublicSearchParams; sections: FilterOption[]; authors: FilterOption[] }) {
  return (
    <form role="search" aria-label="Search with filters" action="/search" method="get" className="mt-6 grid gap-4 sm:grid-cols-6">
      <div className="sm:col-span-6">
        <label htmlFor="search-q" className="block text-sm font-semibold">
          Search for
        </label>
        <input id="search-q" type="search" name="q" defaultValue={params.q} maxLength={200} className={control} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="search-section" className="block text-sm font-semibold">
          Section
        </label>
        <select id="search-section" name="section" defaultValue={params.section ?? ""} className={control}>
          <option value="">All sections</option>
          {sections.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="search-author" className="block text-sm font-semibold">
          Writer
        </label>
        <select id="search-author" name="author" defaultValue={params.author ?? ""} className={control}>
          <option value="">All writers</option>
          {authors.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="search-from" className="block text-sm font-semibold">
          From
        </label>
        <input id="search-from" type="date" name="from" defaultValue={params.from ?? ""} className={control} />
      </div>
      <div>
        <label htmlFor="search-to" className="block text-sm font-semibold">
          To
        </label>
        <input id="search-to" type="date" name="to" defaultValue={params.to ?? ""} className={control} />
      </div>
      <div className="sm:col-span-6">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          Search
        </button>
      </div>
    </form>
  );
}
