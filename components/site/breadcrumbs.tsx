import Link from "next/link";
import type { Crumb } from "@/lib/page-structured-data";

/**
 * The visible trail (WAI-ARIA APG breadcrumb pattern): a labelled nav with an ordered list; the
 * current page is the last item, marked aria-current and not a link. The separators are hidden
 * from assistive technology, so screen readers hear only the names.
 */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted print:hidden">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {crumbs.map((crumb, i) => {
          const last = i === crumbs.length - 1;
          return (
            <li key={crumb.path} className="flex items-center gap-x-2">
              {i > 0 ? <span aria-hidden="true">›</span> : null}
              {last ? (
                <span aria-current="page" className="line-clamp-1">
                  {crumb.name}
                </span>
              ) : (
                <Link href={crumb.path} className="underline-offset-2 hover:underline">
                  {crumb.name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
