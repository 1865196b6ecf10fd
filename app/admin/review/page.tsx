import type { Metadata } from "next";
import { QueueTable } from "@/components/admin/queue-table";
import { listUpcoming, listWaitingForReview, promoteDueScheduled } from "@/db/queries/workflow";
import { requirePagePermission } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Review desk" };

/** The editors' desk: what waits for a decision, and what is set to go live. */
export default async function ReviewDeskPage() {
  await requirePagePermission("articles.publish", "/admin/review");
  promoteDueScheduled();
  const waiting = listWaitingForReview();
  const upcoming = listUpcoming();
  return (
    <div className="space-y-10">
      <h1 className="font-serif text-3xl font-bold">Review desk</h1>
      <section aria-labelledby="waiting-heading">
        <h2 id="waiting-heading" className="font-serif text-2xl font-bold">
          Waiting for review ({waiting.length})
        </h2>
        <QueueTable rows={waiting} caption="Stories waiting for review" timeLabel="Due" time={(r) => r.dueAt} empty="Nothing is waiting for review." />
      </section>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="font-serif text-2xl font-bold">
          Scheduled ({upcoming.length})
        </h2>
        <QueueTable rows={upcoming} caption="Stories scheduled to go live, soonest first" timeLabel="Goes live" time={(r) => r.publishedAt} empty="Nothing is scheduled." />
      </section>
    </div>
  );
}
