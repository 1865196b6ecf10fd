import type { Listing } from "@/app/(site)/_lib/listings";
import { ArticleList } from "./article-list";
import { Avatar } from "./avatar";
import { Pagination } from "./pagination";

/** A section, topic or writer page: heading, introduction, stories and pagination. */
export function ListingView({ listing }: { listing: Listing }) {
  return (
    <>
      <header className="flex items-center gap-5 border-b border-stone-300 pb-6 dark:border-stone-700">
        {listing.author ? <Avatar name={listing.author.name} url={listing.author.avatarUrl} size={96} /> : null}
        <div>
          <p className="text-xs font-semibold tracking-wide text-brand uppercase">{listing.eyebrow}</p>
          <h1 className="mt-1 font-serif text-4xl font-bold">{listing.heading}</h1>
          {listing.intro ? <p className="mt-2 max-w-2xl text-muted">{listing.intro}</p> : null}
          {listing.page > 1 ? (
            <p className="mt-1 text-sm text-muted">
              Page {listing.page} of {listing.totalPages}
            </p>
          ) : null}
        </div>
      </header>
      <ArticleList articles={listing.articles} />
      <Pagination basePath={listing.basePath} page={listing.page} totalPages={listing.totalPages} />
    </>
  );
}
