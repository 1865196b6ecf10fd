import Link from "next/link";
import type { DeskArticle } from "@/db/queries/article-editor";
import { formatDateTime } from "@/lib/utils";
import { StatusBadge } from "./status-badge";

/** The article desk: one row per article, the headline linking to its editor. */
export function ArticleDeskTable({ rows }: { rows: DeskArticle[] }) {
  if (rows.length === 0) return <p className="mt-6 text-muted">No articles match these filters.</p>;
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Articles</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-2 pr-4">
              Headline
            </th>
            <th scope="col" className="py-2 pr-4">
              Status
            </th>
            <th scope="col" className="py-2 pr-4">
              Section
            </th>
            <th scope="col" className="py-2 pr-4">
              Byline
            </th>
            <th scope="col" className="py-2 pr-4">
              Updated
            </th>
            <th scope="col" className="py-2">
              Published
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-stone-200 align-top">
              <td className="py-2 pr-4">
                <Link href={`/admin/articles/${row.id}/edit`} className="font-semibold text-brand underline">
                  {row.headline}
                </Link>
              </td>
              <td className="py-2 pr-4">
                <StatusBadge status={row.status} />
              </td>
              <td className="py-2 pr-4">{row.sectionName}</td>
              <td className="py-2 pr-4">{row.bylines.join(", ")}</td>
              <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(row.updatedAt)}</td>
              <td className="py-2 whitespace-nowrap">
                {row.publishedAt ? formatDateTime(row.publishedAt) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
