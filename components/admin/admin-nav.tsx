import Link from "next/link";
import { ModerationNavCount } from "./moderation/nav-count";

export type AdminNavLink = { href: string; label: string; badge?: number; badgeLabel?: string };

/** The admin's main navigation; the layout decides which links a role gets. */
export function AdminNav({ links }: { links: AdminNavLink[] }) {
  return (
    <nav aria-label="Admin">
      <ul className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm font-semibold">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="hover:underline">
              {link.label}
              {link.href === "/admin/comments" ? (
                // Live: refreshed every 15 s without a reload.
                <ModerationNavCount initialPending={link.badge ?? 0} />
              ) : link.badge ? (
                <span className="ml-1 rounded-full bg-brand px-2 py-0.5 text-xs text-white">
                  {link.badge}
                  <span className="sr-only"> {link.badgeLabel}</span>
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
