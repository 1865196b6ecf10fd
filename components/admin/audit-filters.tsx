import Link from "next/link";
import type { AuditQuery } from "@/lib/validation/audit";
import { auditActionLabel } from "./audit-labels";

const controlClass = "mt-1 block rounded border border-stone-400 bg-white px-3 py-2 text-sm";

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked or shared. */
export function AuditFilters({
  query,
  actions,
  actors,
  stories,
}: {
  query: AuditQuery;
  actions: readonly string[];
  actors: Array<{ id: number; name: string }>;
  stories: Array<{ id: number; headline: string }>;
}) {
  return (
    <form
      method="get"
      action="/admin/audit"
      className="flex flex-wrap items-end gap-4"
      aria-label="Filter the audit log"
    >
      <div>
        <label htmlFor="audit-action" className="block text-sm font-semibold">
          Action
        </label>
        <select id="audit-action" name="action" defaultValue={query.action ?? ""} className={controlClass}>
          <option value="">All actions</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {auditActionLabel(action)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-actor" className="block text-sm font-semibold">
          Done by
        </label>
        <select
          id="audit-actor"
          name="actor"
          defaultValue={query.actor ? String(query.actor) : ""}
          className={controlClass}
        >
          <option value="">Anyone</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-story" className="block text-sm font-semibold">
          Story
        </label>
        <select
          id="audit-story"
          name="story"
          defaultValue={query.story ? String(query.story) : ""}
          className={`${controlClass} max-w-64`}
        >
          <option value="">Any story</option>
          {/* A story filtered by link but not in the list (e.g. renamed) still shows as selected. */}
          {query.story && !stories.some((s) => s.id === query.story) ? (
            <option value={query.story}>Story #{query.story}</option>
          ) : null}
          {stories.map((story) => (
            <option key={story.id} value={story.id}>
              {story.headline}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-comment" className="block text-sm font-semibold">
          Comment number
        </label>
        <input
          id="audit-comment"
          type="number"
          min={1}
          name="comment"
          defaultValue={query.comment ?? ""}
          className={`${controlClass} w-32`}
        />
      </div>
      <div>
        <label htmlFor="audit-from" className="block text-sm font-semibold">
          From (UTC)
        </label>
        <input
          id="audit-from"
          type="date"
          name="from"
          defaultValue={query.from ?? ""}
          className={controlClass}
        />
      </div>
      <div>
        <label htmlFor="audit-to" className="block text-sm font-semibold">
          To (UTC)
        </label>
        <input id="audit-to" type="date" name="to" defaultValue={query.to ?? ""} className={controlClass} />
      </div>
      <button
        type="submit"
        className="rounded border border-stone-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-stone-100"
      >
        Filter
      </button>
      <Link href="/admin/audit" className="py-2 text-sm text-brand underline">
        Clear filters
      </Link>
    </form>
  );
}
