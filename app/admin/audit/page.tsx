import type { Metadata } from "next";
import { AuditFilters } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { DeskPagination } from "@/components/admin/desk-pagination";
import { AUDIT_ACTIONS } from "@/db/queries/audit";
import { listAuditedStories, listAuditEntries } from "@/db/queries/audit-log";
import { listStaffUsers } from "@/db/queries/users";
import { requirePagePermission } from "@/lib/auth/guards";
import { auditQuerySchema } from "@/lib/validation/audit";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requirePagePermission("audit.view", "/admin/audit");
  const query = auditQuerySchema.parse(await searchParams);
  const { rows, total, page, pageCount } = listAuditEntries({
    action: query.action,
    actorId: query.actor,
    from: query.from,
    to: query.to,
    articleId: query.story,
    commentId: query.comment,
    page: query.page,
  });
  const actors = listStaffUsers().map(({ id, name }) => ({ id, name }));
  const stories = listAuditedStories();

  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Audit log</h1>
        <p className="mt-2 text-muted">
          Publishing, comment moderation, deletions and account changes, newest first. Entries cannot be edited or removed here.
        </p>
      </div>
      <AuditFilters query={query} actions={AUDIT_ACTIONS} actors={actors} stories={stories} />
      <p className="text-sm text-muted" aria-live="polite">
        {total} {total === 1 ? "entry" : "entries"}
      </p>
      <AuditTable rows={rows} />
      <DeskPagination
        basePath="/admin/audit"
        params={{
          action: query.action,
          actor: query.actor?.toString(),
          from: query.from,
          to: query.to,
          story: query.story?.toString(),
          comment: query.comment?.toString(),
        }}
        page={page}
        pageCount={pageCount}
      />
    </div>
  );
}
