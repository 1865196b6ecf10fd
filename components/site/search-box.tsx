/**
 * The masthead's search: a plain GET form to /search, so it works without JavaScript and the
 * results page is an ordinary address that can be shared or bookmarked.
 */
export function SearchBox() {
  return (
    <form role="search" aria-label="Site search" action="/search" method="get" className="flex items-center justify-center gap-2">
      <label htmlFor="site-search" className="sr-only">
        Search stories
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        maxLength={200}
        placeholder="Search stories"
        className="w-48 rounded border border-stone-400 bg-white px-3 py-1 text-sm text-ink sm:w-64 dark:bg-stone-900"
      />
      <button type="submit" className="rounded bg-ink px-3 py-1 text-sm font-semibold text-white hover:bg-brand dark:bg-stone-200 dark:text-stone-900">
        Search
      </button>
    </form>
  );
}
