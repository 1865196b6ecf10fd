import type { Metadata } from "next";
import { siteUrl } from "@/db/config";
import { listSections } from "@/db/queries/sections";
import { getBreakingNews } from "@/db/queries/site-settings";
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
    <>
      <SiteHeader sections={sections} />
      {/* After the header, so the skip link stays the first thing a keyboard reaches. */}
      <BreakingBanner news={getBreakingNews()} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <SiteFooter sections={sections} />
    </>
  );
}
