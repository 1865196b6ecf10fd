import type { Metadata } from "next";
import { siteUrl } from "@/db/config";
import { listSections } from "@/db/queries/sections";
import { getBreakingNews } from "@/db/queries/site-settings";
import { READER_SCRIPT_SRC } from "@/lib/reader-script";
import { expireAtNextScheduledChange } from "@/lib/schedule-cache";
import { BreakingBanner } from "@/components/site/breaking-banner";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  openGraph: { siteName: "The Gazette", type: "website" },
};

// No session reads here or in any reader page: these are cached renders shared by everyone.
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  // Every reader page lists or shows stories, so every one expires when the next one is due.
  await expireAtNextScheduledChange();
  const sections = listSections();
  return (
    // data-themed: the reader pages follow the dark theme (app/theme-dark.css); admin does not.
    <div data-themed className="flex min-h-screen flex-col">
      <SiteHeader sections={sections} />
      {/* After the header, so the skip link stays the first thing a keyboard reaches. */}
      <BreakingBanner news={getBreakingNews()} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter sections={sections} />
      {/*
       * All reader interactivity (theme switch, date, copy link, view beacon, comment form) in one
       * small static script: reader pages must work with Next's own scripts stripped.
       */}
      <script src={READER_SCRIPT_SRC} defer />
    </div>
  );
}
