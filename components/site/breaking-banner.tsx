import Link from "next/link";
import type { BreakingNews } from "@/lib/validation/front-page";

/** The newsroom's breaking-news strip, above every reader page's content while switched on. */
export function BreakingBanner({ news }: { news: BreakingNews }) {
  if (!news.active) return null;
  return (
    <div role="region" aria-label="Breaking news" className="bg-red-800 text-white print:hidden">
      <p className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-3 px-4 py-2">
        <span className="text-xs font-bold tracking-widest uppercase">Breaking</span>
        <Link href={news.url} className="font-semibold underline-offset-2 hover:underline">
          {news.headline}
        </Link>
      </p>
    </div>
  );
}
