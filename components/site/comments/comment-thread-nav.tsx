import { COMMENT_SORT_LABELS, COMMENT_SORTS, threadPagePath, type CommentSort } from "@/lib/comments/thread";

const linkClass =
  "font-semibold text-brand hover:underline aria-[current]:text-ink aria-[current]:no-underline";
const buttonClass =
  "rounded border border-stone-400 px-3 py-1.5 text-sm font-semibold hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800";

/** Sort orders as plain links to cacheable addresses: no query string, no JavaScript needed. */
export function CommentSortNav({ slug, sort }: { slug: string; sort: CommentSort }) {
  return (
    <nav aria-label="Sort comments" className="mt-3 text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {COMMENT_SORTS.map((s) => (
          <li key={s}>
            <a
              href={`${threadPagePath(slug, s, 1)}#comments`}
              aria-current={s === sort ? "true" : undefined}
              className={linkClass}
            >
              {COMMENT_SORT_LABELS[s]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

type PagerProps = { slug: string; sort: CommentSort; page: number; pageCount: number };

/**
 * Earlier and later pages of a long thread. "Load more comments" is a link to the next page;
 * reader.js fetches that page instead and appends its comments here.
 */
export function CommentPager({ slug, sort, page, pageCount }: PagerProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="More comments" className="mt-8 flex flex-wrap items-center gap-4" data-comment-pager>
      {page > 1 ? (
        <a href={`${threadPagePath(slug, sort, page - 1)}#comments`} rel="prev" className={buttonClass}>
          Previous comments
        </a>
      ) : null}
      <p className="text-sm text-muted" data-pager-status>
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <a
          href={`${threadPagePath(slug, sort, page + 1)}#comments`}
          rel="next"
          className={buttonClass}
          data-load-more
        >
          Load more comments
        </a>
      ) : null}
    </nav>
  );
}
