import type { Metadata } from "next";
import Link from "next/link";
import { countArticlesByStatus } from "@/db/queries/article-editor";
import { countOpenCorrectionDrafts } from "@/db/queries/correction-drafts";
import { countCommentsByStatus } from "@/db/queries/moderation";
import { promoteDueScheduled } from "@/db/queries/workflow";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Dashboard" };

type Tile = { label: string; count: number; href: string; action: string };

export default async function DashboardPage() {
  const user = await requirePagePermission("admin.access", "/admin");
  const tiles: Tile[] = [];
  if (can(user.role, "articles.write")) {
    const everyone = can(user.role, "articles.editAny");
    promoteDueScheduled();
    const counts = countArticlesByStatus(everyone ? undefined : user.id);
    tiles.push(
      {
        label: everyone ? "Drafts" : "My drafts",
        count: counts.draft,
        href: "/admin/articles?status=draft",
        action: "Open drafts",
      },
      {
        label: everyone ? "Waiting for review" : "My stories in review",
        count: counts.review,
        href: everyone ? "/admin/review" : "/admin/articles?status=review",
        action: everyone ? "Open the review desk" : "Open stories in review",
      },
      {
        label: everyone ? "Published" : "My published articles",
        count: counts.published,
        href: "/admin/articles?status=published",
        action: "Open published",
      },
    );
  }
  if (can(user.role, "comments.moderate")) {
    tiles.push({
      label: "Comments awaiting moderation",
      count: countCommentsByStatus().pending,
      href: "/admin/comments",
      action: "Moderate comments",
    });
  }
  if (can(user.role, "articles.publish") && can(user.role, "comments.moderate")) {
    tiles.push({
      label: "Factual challenges awaiting an editor",
      count: countOpenCorrectionDrafts(),
      href: "/admin/comments/challenges",
      action: "Open the correction drafts",
    });
  }

  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Hello, {user.name.split(" ")[0]}</h1>
      <p className="mt-2 text-muted">Here is what is waiting in the newsroom.</p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-3">
        {tiles.map((tile) => (
          <li key={tile.label} className="rounded border border-stone-300 bg-white p-5">
            <h2 className="text-sm font-semibold text-muted">{tile.label}</h2>
            <p className="mt-1 font-serif text-4xl font-bold">{tile.count}</p>
            <Link href={tile.href} className="mt-3 inline-block text-sm text-brand underline">
              {tile.action}
            </Link>
          </li>
        ))}
      </ul>
      {can(user.role, "articles.write") ? (
        <p className="mt-8">
          <Link
            href="/admin/articles/new"
            className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark"
          >
            New article
          </Link>
        </p>
      ) : null}
    </div>
  );
}
