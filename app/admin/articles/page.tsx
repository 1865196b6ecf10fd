import type { Metadata } from "next";
import Link from "next/link";
import { ArticleDeskFilters } from "@/components/admin/article-desk-filters";
import { ArticleDeskTable } from "@/components/admin/article-desk-table";
import { DeskPagination } from "@/components/admin/desk-pagination";
import { DESK_PAGE_SIZE, listArticlesForDesk } from "@/db/queries/article-editor";
import { listSections } from "@/db/queries/sections";
import { promoteDueScheduled } from "@/db/queries/workflow";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { deskQuerySchema } from "@/lib/validation/article";

export const metadata: Metadata = { title: "Articles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const user = await requirePagePermission("articles.write", "/admin/articles");
  const query = deskQuerySchema.parse(await searchParams);
  // Scheduled stories whose time has come are filed under Published here too.
  promoteDueScheduled();
  const { rows, total } = listArticlesForDesk({
    status: query.status === "all" ? undefined : query.status,
    sectionId: query.section,
    page: query.page,
    // Authors see their own work only; editors and admins see the whole desk.
    authorId: can(user.role, "articles.editAny") ? undefined : user.id,
  });
  const pageCount = Math.max(1, Math.ceil(total / DESK_PAGE_SIZE));

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Articles</h1>
        <Link
          href="/admin/articles/new"
          className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark"
        >
          New article
        </Link>
      </div>
      <ArticleDeskFilters query={query} sections={listSections()} />
      <p className="mt-4 text-sm text-muted" aria-live="polite">
        {total} {total === 1 ? "article" : "articles"}
      </p>
      <ArticleDeskTable rows={rows} />
      <DeskPagination
        basePath="/admin/articles"
        params={{
          status: query.status === "all" ? undefined : query.status,
          section: query.section?.toString(),
        }}
        page={query.page}
        pageCount={pageCount}
      />
    </div>
  );
}
