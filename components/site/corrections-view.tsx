import { CORRECTIONS_PATH, type CorrectionsListing } from "@/app/(site)/_lib/corrections-listing";
import { CorrectionList } from "./correction-list";
import { Pagination } from "./pagination";

/** The /corrections page: why it exists, the entries, and paging by path. */
export function CorrectionsView({ listing }: { listing: CorrectionsListing }) {
  return (
    <>
      <header className="border-b border-stone-300 pb-6 dark:border-stone-700">
        <p className="text-xs font-semibold tracking-wide text-brand uppercase">Standards</p>
        <h1 className="mt-1 font-serif text-4xl font-bold">Corrections</h1>
        <p className="mt-2 max-w-2xl text-muted">
          When we get something wrong we say so. Every correction, clarification and update we publish is
          listed here, newest first, and noted on the story itself.
        </p>
        {listing.page > 1 ? (
          <p className="mt-1 text-sm text-muted">
            Page {listing.page} of {listing.totalPages}
          </p>
        ) : null}
      </header>
      <CorrectionList corrections={listing.corrections} />
      <Pagination basePath={CORRECTIONS_PATH} page={listing.page} totalPages={listing.totalPages} />
    </>
  );
}
