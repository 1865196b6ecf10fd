import type { Metadata } from "next";
import Link from "next/link";
import { ActionButtonForm } from "@/components/admin/action-button-form";
import { BreakingNewsForm } from "@/components/admin/breaking-news-form";
import { FrontPagePins, NotLive } from "@/components/admin/front-page-pins";
import { StoryPickerForm } from "@/components/admin/story-picker-form";
import { getFrontPageCuration, listFrontPageCandidates, MAX_PINS } from "@/db/queries/front-page";
import { getBreakingNews } from "@/db/queries/site-settings";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDate } from "@/lib/utils";
import { clearLeadAction, pinAction, setLeadAction } from "./actions";

export const metadata: Metadata = { title: "Front page" };

export default async function FrontPageDeskPage() {
  await requirePagePermission("articles.publish", "/admin/front-page");
  const { lead, pins } = getFrontPageCuration();
  const slotted = new Set([...(lead ? [lead.id] : []), ...pins.map((p) => p.id)]);
  const candidates = listFrontPageCandidates();
  const option = (c: (typeof candidates)[number]) => ({
    value: String(c.id),
    label: c.publishedAt ? `${c.headline} (${formatDate(c.publishedAt)})` : c.headline,
  });

  return (
    <div className="max-w-3xl space-y-10">
      <div>
        <h1 className="font-serif text-3xl font-bold">Front page</h1>
        <p className="mt-2 text-muted">
          Choose the lead story and pin stories under it, in order; the latest news follows. A story that is
          unpublished drops off until it is back.{" "}
          <Link href="/" className="text-brand underline">
            View the front page
          </Link>
        </p>
      </div>

      <section aria-labelledby="lead-heading" className="space-y-3">
        <h2 id="lead-heading" className="text-xl font-semibold">
          Lead story
        </h2>
        {lead ? (
          <div className="flex flex-wrap items-start justify-between gap-3 rounded border border-stone-300 bg-white p-3">
            <p className="font-semibold">
              {lead.headline}
              <NotLive story={lead} />
            </p>
            <ActionButtonForm action={clearLeadAction}>Clear lead</ActionButtonForm>
          </div>
        ) : (
          <p className="text-sm text-muted">No lead chosen: the newest story leads.</p>
        )}
        <StoryPickerForm
          action={setLeadAction}
          id="lead-story"
          label="New lead story"
          options={candidates.filter((c) => c.id !== lead?.id).map(option)}
          submitLabel="Set as lead"
        />
      </section>

      <section aria-labelledby="pins-heading" className="space-y-3">
        <h2 id="pins-heading" className="text-xl font-semibold">
          Pinned stories
        </h2>
        <p className="text-sm text-muted">Shown under the lead, top to bottom. At most {MAX_PINS}.</p>
        <FrontPagePins pins={pins} />
        <StoryPickerForm
          action={pinAction}
          id="pin-story"
          label="Story to pin"
          options={candidates.filter((c) => !slotted.has(c.id)).map(option)}
          submitLabel="Pin story"
        />
      </section>

      <section aria-labelledby="breaking-heading" className="space-y-3">
        <h2 id="breaking-heading" className="text-xl font-semibold">
          Breaking-news banner
        </h2>
        <p className="text-sm text-muted">Shown at the top of every reader page while it is on.</p>
        <BreakingNewsForm initial={getBreakingNews()} />
      </section>
    </div>
  );
}
