import Link from "next/link";
import type { Queue, QueueFilter } from "@/lib/moderation-desk/queues";

const control = "mt-1 block rounded border border-stone-400 bg-white px-3 py-2 text-sm";

/** A plain GET form: filters live in the URL, so a filtered queue can be bookmarked or shared. */
export function DeskFilters({
  queue,
  filter,
  articles,
  sections,
}: {
  queue: Queue;
  filter: QueueFilter;
  articles: Array<{ id: number; headline: string }>;
  sections: Array<{ id: number; name: string }>;
}) {
  return (
    <form method="get" action="/admin/comments" aria-label="Filter comments" className="flex flex-wrap items-end gap-3">
      {queue !== "pending" ? <input type="hidden" name="queue" value={queue} /> : null}
      <div>
        <label htmlFor="desk-q" className="block text-sm font-semibold">
          Search comment text
        </label>
        <input id="desk-q" type="search" name="q" defaultValue={filter.q ?? ""} maxLength={200} className={control} />
      </div>
      <div>
        <label htmlFor="desk-article" className="block text-sm font-semibold">
          Story
        </label>
        <select id="desk-article" name="article" defaultValue={filter.articleId ? String(filter.articleId) : ""} className={`${control} max-w-64`}>
          <option value="">All stories</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.headline}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="desk-section" className="block text-sm font-semibold">
          Section
        </label>
        <select id="desk-section" name="section" defaultValue={filter.sectionId ? String(filter.sectionId) : ""} className={control}>
          <option value="">All sections</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="desk-email" className="block text-sm font-semibold">
          Commenter email
        </label>
        <input id="desk-email" type="email" name="email" defaultValue={filter.email ?? ""} className={control} />
      </div>
      <div>
        <label htmlFor="desk-from" className="block text-sm font-semibold">
          Posted from (UTC)
        </label>
        <input id="desk-from" type="date" name="from" defaultValue={filter.from ?? ""} className={control} />
      </div>
      <div>
        <label htmlFor="desk-to" className="block text-sm font-semibold">
          Posted to (UTC)
        </label>
        <input id="desk-to" type="date" name="to" defaultValue={filter.to ?? ""} className={control} />
      </div>
      <button type="submit" className="rounded border border-stone-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-stone-100">
        Filter
      </button>
      <Link href={queue === "pending" ? "/admin/comments" : `/admin/comments?queue=${queue}`} className="py-2 text-sm text-brand underline">
        Clear filters
      </Link>
    </form>
  );
}
