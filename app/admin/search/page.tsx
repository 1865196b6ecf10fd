import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { CommentResults, StaffArticleResults } from "@/components/admin/staff-search-results";
import { searchArticlesForStaff, searchComments, type ArticleScope } from "@/db/queries/admin-search";
import { lastPage, SEARCH_COUNT_CAP } from "@/db/queries/search-shared";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { searchTerms, toMatchExpression } from "@/lib/search/query";
import { adminSearchParams, type AdminSearchScope } from "@/lib/validation/search";

export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SCOPE_LABELS: Record<AdminSearchScope, string> = { articles: "Articles", comments: "Comments" };

function href(scope: AdminSearchScope, q: string, page = 1): string {
  const params = new URLSearchParams({ scope, ...(q ? { q } : {}), ...(page > 1 ? { page: String(page) } : {}) });
  return `/admin/search?${params}`;
}

/**
 * Staff search over every article status (articles.write; authors only their own, as on the
 * desk) and over comments in every moderation state (comments.moderate). The page needs
 * admin access first, then the permission of the scope asked for.
 */
export default async function AdminSearchPage({ searchParams }: Props) {
  const user = await requirePagePermission("admin.access", "/admin/search");
  const params = adminSearchParams.parse(await searchParams);
  const scopes = (["articles", "comments"] as const).filter((s) =>
    can(user.role, s === "articles" ? "articles.write" : "comments.moderate"),
  );
  const scope = params.scope ?? scopes[0];
  if (!scope || !scopes.includes(scope)) forbidden();

  const match = toMatchExpression(searchTerms(params.q));
  const articleScope: ArticleScope = can(user.role, "articles.editAny") ? { kind: "all" } : { kind: "own", userId: user.id };
  const result = !match
    ? null
    : scope === "articles"
      ? { kind: "articles" as const, ...searchArticlesForStaff(match, articleScope, params.page) }
      : { kind: "comments" as const, ...searchComments(match, params.page) };
  const pages = result ? lastPage(result.total) : 1;

  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Search</h1>
      {scopes.length > 1 ? (
        <nav aria-label="Search in">
          <ul className="flex gap-4 text-sm font-semibold">
            {scopes.map((s) => (
              <li key={s}>
                <Link href={href(s, params.q)} aria-current={s === scope ? "page" : undefined} className={s === scope ? "underline" : "text-muted hover:underline"}>
                  {SCOPE_LABELS[s]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <form role="search" aria-label={`Search ${SCOPE_LABELS[scope].toLowerCase()}`} action="/admin/search" method="get" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="scope" value={scope} />
        <div>
          <label htmlFor="admin-search-q" className="block text-sm font-semibold">
            Search {SCOPE_LABELS[scope].toLowerCase()}
          </label>
          <input id="admin-search-q" type="search" name="q" defaultValue={params.q} maxLength={200} className="mt-1 w-80 rounded border border-stone-400 bg-white px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-white">
          Search
        </button>
      </form>
      {!result ? (
        params.q ? <p role="status">Nothing matches “{params.q}”.</p> : null
      ) : result.total.total === 0 ? (
        <p role="status">Nothing matches “{params.q}”.</p>
      ) : (
        <section aria-label="Results" className="space-y-4">
          <p className="text-sm text-muted">
            {result.total.capped ? `More than ${SEARCH_COUNT_CAP.toLocaleString("en-GB")}` : result.total.total}{" "}
            {result.total.total === 1 ? "match" : "matches"}
            {pages > 1 ? `, page ${params.page} of ${pages}` : null}
          </p>
          {result.kind === "articles" ? <StaffArticleResults hits={result.hits} /> : <CommentResults hits={result.hits} />}
          {pages > 1 ? (
            <nav aria-label="Result pages" className="flex justify-between text-sm font-semibold">
              {params.page > 1 ? <Link href={href(scope, params.q, params.page - 1)}>← Previous</Link> : <span />}
              {params.page < pages ? <Link href={href(scope, params.q, params.page + 1)}>Next →</Link> : <span />}
            </nav>
          ) : null}
        </section>
      )}
    </div>
  );
}
