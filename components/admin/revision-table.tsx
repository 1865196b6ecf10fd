import Link from "next/link";
import type { RevisionEntry } from "@/db/queries/revisions";
import type { ActionState } from "@/lib/action-state";
import { formatDateTime } from "@/lib/utils";
import { ActionButtonForm } from "./action-button-form";

/** The history, newest first: who saved, when, why; a diff against the previous one; restore. */
export function RevisionTable({
  articleId,
  revisions,
  restore,
}: {
  articleId: number;
  revisions: RevisionEntry[];
  restore: (prev: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const newest = revisions[0]?.number;
  return (
    <table className="mt-3 w-full text-left text-sm">
      <caption className="sr-only">Revisions, newest first</caption>
      <thead className="border-b border-stone-300">
        <tr>
          <th scope="col" className="py-2 pr-3">
            Revision
          </th>
          <th scope="col" className="py-2 pr-3">
            Saved by
          </th>
          <th scope="col" className="py-2 pr-3">
            When
          </th>
          <th scope="col" className="py-2 pr-3">
            Note
          </th>
          <th scope="col" className="py-2">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {revisions.map((r) => (
          <tr key={r.id} className="border-b border-stone-200 align-top">
            <th scope="row" className="py-2 pr-3 font-semibold">
              {r.number}
              {r.number === newest ? <span className="ml-2 text-xs font-normal text-muted">(current)</span> : null}
            </th>
            <td className="py-2 pr-3">{r.authorName ?? "Unknown"}</td>
            <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(r.createdAt)}</td>
            <td className="py-2 pr-3">{r.note || "Saved"}</td>
            <td className="py-2">
              <div className="flex flex-wrap items-start gap-3">
              {r.number > 1 ? (
                <Link href={`/admin/articles/${articleId}/revisions?from=${r.number - 1}&to=${r.number}`} className="text-brand underline">
                  Changes in {r.number}
                </Link>
              ) : null}
              {r.number !== newest ? (
                <ActionButtonForm action={restore} fields={{ revisionId: String(r.id) }} ariaLabel={`Restore revision ${r.number}`}>
                  Restore
                </ActionButtonForm>
              ) : null}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
