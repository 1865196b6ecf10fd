import { ARTICLE_STATUSES } from "@/db/schema";
import { STATUS_LABELS } from "@/lib/workflow";
import type { DeskQuery } from "@/lib/validation/article";

const selectClass = "mt-1 block rounded border border-stone-400 bg-white px-3 py-2 text-sm";

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked. */
export function ArticleDeskFilters({
  query,
  sections,
}: {
  query: DeskQuery;
  sections: Array<{ id: number; name: string }>;
}) {
  return (
    <form
      method="get"
      action="/admin/articles"
      className="mt-6 flex flex-wrap items-end gap-4"
      aria-label="Filter articles"
    >
      <div>
        <label htmlFor="filter-status" className="block text-sm font-semibold">
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={query.status} className={selectClass}>
          <option value="all">All</option>
          {ARTICLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-section" className="block text-sm font-semibold">
          Section
        </label>
        <select
          id="filter-section"
          name="section"
          defaultValue={query.section ? String(query.section) : ""}
          className={selectClass}
        >
          <option value="">All sections</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded border border-stone-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-stone-100"
      >
        Filter
      </button>
    </form>
  );
}
