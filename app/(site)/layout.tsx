import type { Metadata } from "next";
import { siteUrl } from "@/db/config";
import { listSections } from "@/db/queries/sections";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  openGraph: { siteName: "The Gazette", type: "website" },
};

// No session reads here or in any reader page: these are cached renders shared by everyone.
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  const sections = listSections();
  return (
    <>
      <SiteHeader sections={sections} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <SiteFooter sections={sections} />
    </>
  );
}
