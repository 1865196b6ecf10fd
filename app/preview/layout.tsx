import type { Metadata } from "next";
import { siteUrl } from "@/db/config";
import { listSections } from "@/db/queries/sections";
import { PreviewBanner } from "@/components/site/preview-banner";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  robots: { index: false, follow: false },
  // The token is in the address: never hand it to a site the story links to.
  referrer: "no-referrer",
};

/**
 * The reader chrome around a preview. Kept outside app/(site) on purpose: reader pages are
 * cached renders, while a preview must read the database on every request.
 */
export default function PreviewLayout({ children }: { children: React.ReactNode }) {
  const sections = listSections();
  return (
    <>
      <SiteHeader sections={sections} />
      {/* After the header, so the skip link stays the first thing a keyboard reaches. */}
      <PreviewBanner />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <SiteFooter sections={sections} />
    </>
  );
}
