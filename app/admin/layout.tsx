import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav, type AdminNavLink } from "@/components/admin/admin-nav";
import { countCommentsByStatus } from "@/db/queries/moderation";
import { countWaitingForReview } from "@/db/queries/workflow";
import { getCurrentUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { signOutAction } from "./actions";

export const metadata: Metadata = {
  title: { default: "Newsroom", template: "%s · Newsroom · The Gazette" },
  robots: { index: false },
};

const ROLE_LABELS = { admin: "Admin", editor: "Editor", author: "Author", moderator: "Moderator" } as const;

/**
 * Chrome only. It is not the guard: layouts do not re-run on client navigation, so every
 * admin page checks its own permission. The user here only decides which links to show.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const links: AdminNavLink[] = [{ href: "/admin", label: "Dashboard" }];
  if (user && can(user.role, "articles.write")) links.push({ href: "/admin/articles", label: "Articles" });
  if (user && can(user.role, "media.upload")) links.push({ href: "/admin/media", label: "Media" });
  if (user && can(user.role, "articles.publish")) {
    links.push({ href: "/admin/review", label: "Review", badge: countWaitingForReview(), badgeLabel: "waiting for review" });
  }
  if (user && can(user.role, "articles.publish")) links.push({ href: "/admin/front-page", label: "Front page" });
  if (user && can(user.role, "comments.moderate")) {
    links.push({
      href: "/admin/comments",
      label: "Comments",
      badge: countCommentsByStatus().pending,
      badgeLabel: "pending",
    });
  }
  if (user && (can(user.role, "articles.write") || can(user.role, "comments.moderate"))) {
    links.push({ href: "/admin/search", label: "Search" });
  }
  if (user && can(user.role, "users.manage")) links.push({ href: "/admin/staff", label: "Staff" });
  if (user && can(user.role, "audit.view")) links.push({ href: "/admin/audit", label: "Audit log" });
  if (user) links.push({ href: "/admin/profile", label: "Profile" });

  return (
    <div className="min-h-screen bg-stone-50">
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-6 py-3">
          <div className="flex flex-wrap items-center gap-6">
            <Link href="/admin" className="font-serif text-xl font-bold">
              The Gazette <span className="font-sans text-sm font-normal text-muted">Newsroom</span>
            </Link>
            {user ? <AdminNav links={links} /> : null}
          </div>
          <div className="flex flex-wrap items-center gap-4 text-sm">
            <Link href="/" className="underline">
              View site
            </Link>
            {user ? (
              <>
                <span>
                  {user.name} <span className="text-muted">({ROLE_LABELS[user.role]})</span>
                </span>
                <form action={signOutAction}>
                  <button
                    type="submit"
                    className="rounded border border-stone-400 px-3 py-1 font-semibold hover:bg-stone-100"
                  >
                    Sign out
                  </button>
                </form>
              </>
            ) : null}
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-6 py-8">
        {children}
      </main>
    </div>
  );
}
