import type { Metadata } from "next";
import { siteUrl } from "@/db/config";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { CorrectionsView } from "@/components/site/corrections-view";
import { JsonLd } from "@/components/site/json-ld";
import { breadcrumbJsonLd, correctionsCrumbs, pagedCrumbs } from "@/lib/page-structured-data";
import { correctionsMetadata, loadCorrectionsListing } from "../../../_lib/corrections-listing";

type Props = { params: Promise<{ page: string }> };

// Rendered on first request, then served from the cache until a correction revalidates it.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return correctionsMetadata(loadCorrectionsListing((await params).page));
}

export default async function Page({ params }: Props) {
  const listing = loadCorrectionsListing((await params).page);
  const crumbs = pagedCrumbs(correctionsCrumbs(), listing.page);
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs, siteUrl())} />
      <Breadcrumbs crumbs={crumbs} />
      <CorrectionsView listing={listing} />
    </>
  );
}
