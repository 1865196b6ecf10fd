import Link from "next/link";

/** `/base` for page 1 (the canonical address), `/base/page/n` after that. */
export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}/page/${page}`;
}

/** Previous/next links by path, so every page of a list is a cacheable address. */
export function Pagination({ basePath, page, totalPages }: { basePath: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null;
  const linkClass = "rounded border border-stone-400 px-3 py-1.5 text-sm font-semibold hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800";
  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-between gap-4 print:hidden">
      {page > 1 ? (
        <Link href={pageHref(basePath, page - 1)} rel="prev" className={linkClass}>
          ← Newer stories
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted">
        Page {page} of {totalPages}
      </p>
      {page < totalPages ? (
        <Link href={pageHref(basePath, page + 1)} rel="next" className={linkClass}>
          Older stories →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
