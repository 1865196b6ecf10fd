import type { Metadata } from "next";
import Link from "next/link";
import { DeskFilters } from "@/components/admin/moderation/desk-filters";
import { ModerationDesk } from "@/components/admin/moderation/desk";
import { SurgePanel } from "@/components/admin/moderation/surge-panel";
import { DeskPagination } from "@/components/admin/desk-pagination";
import { listSurgingArticles } from "@/db/queries/comment-posting";
import { countOpenCorrectionDrafts } from "@/db/queries/correction-drafts";
import { countQueues, DESK_PAGE_SIZE, listFilterOptions, listQueue } from "@/db/queries/moderation-queues";
import { listRejectReasons } from "@/db/queries/moderation-settings";
import { requirePagePermission } from "@/lib/auth/guards";
import { deskHref, filterOf, QUEUE_LABELS, QUEUES, queueParamsSchema, type Queue } from "@/lib/moderation-desk/queues";
import { FALLBACK_REJECT_REASONS } from "@/lib/moderation-desk/reasons";

export const metadata: Metadata = { title: "Comments" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CommentsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePagePermission("comments.moderate", "/admin/comments");
  const params = queueParamsSchema.parse(await searchParams);
  const { queue } = params;
  const filter = filterOf(params);
  const now = new Date();

  const counts = countQueues(filter);
  const { items, total } = listQueue({ queue, filter, page: params.page, now });
  const pageCount = Math.max(1, Math.ceil(total / DESK_PAGE_SIZE));
  const options = listFilterOptions();
  const story = filter.articleId ? options.articles.find((a) => a.id === filter.articleId) : undefined;
  const surging = listSurgingArticles().map((s) => ({
    ...s,
    pending: countQueues({ articleId: s.id }).pending,
    queueHref: deskHref("pending", { articleId: s.id }),
  }));
  const challenges = countOpenCorrectionDrafts();
  const reasons = listRejectReasons();
  const tabHrefs = Object.fromEntries(QUEUES.map((q) => [q, deskHref(q, filter)])) as Record<Queue, string>;
  const filterQuery = new URL(deskHref(queue, filter), "http://x").searchParams;
  filterQuery.delete("queue");
  const waiting = counts.pending;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-bold">Comments</h1>
          <h2 className="mt-2 text-xl font-semibold">
            {waiting === 0 ? "No comments waiting" : `${waiting} ${waiting === 1 ? "comment" : "comments"} waiting`}
            {story ? <> on {story.headline}</> : null}
          </h2>
        </div>
        <p className="flex flex-wrap gap-4 text-sm">
          {challenges > 0 ? (
            <Link href="/admin/comments/challenges" className="font-semibold text-red-900 underline">
              {challenges} factual {challenges === 1 ? "challenge" : "challenges"} waiting for an editor
            </Link>
          ) : (
            <Link href="/admin/comments/challenges" className="text-brand underline">
              Factual challenges
            </Link>
          )}
          <Link href="/admin/comments/settings" className="text-brand underline">
            Comment settings
          </Link>
        </p>
      </div>
      <SurgePanel stories={surging} />
      <DeskFilters queue={queue} filter={filter} articles={options.articles} sections={options.sections} />
      <ModerationDesk
        key={`${queue}:${filterQuery.toString()}:${params.page}`}
        items={items}
        queue={queue}
        counts={counts}
        tabHrefs={tabHrefs}
        filterQuery={filterQuery.toString()}
        reasons={reasons.length ? reasons : FALLBACK_REJECT_REASONS}
        meId={user.id}
        now={now}
        emptyText={params.page > 1 ? "There are no comments on this page." : `No ${QUEUE_LABELS[queue].toLowerCase()} comments.`}
      />
      <DeskPagination
        basePath="/admin/comments"
        params={Object.fromEntries(new URL(deskHref(queue, filter), "http://x").searchParams)}
        page={Math.min(params.page, pageCount)}
        pageCount={pageCount}
      />
    </div>
  );
}
