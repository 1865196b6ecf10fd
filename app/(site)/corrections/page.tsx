import type { Metadata } from "next";
import { siteUrl } from "@/db/config";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { CorrectionsView } from "@/components/site/corrections-view";
import { JsonLd } from "@/components/site/json-ld";
import { breadcrumbJsonLd, correctionsCrumbs } from "@/lib/page-structured-data";
import { correctionsMetadata, loadCorrectionsListing } from "../_lib/corrections-listing";

// A cached render, refreshed by every correction and every publish or unpublish.
export function generateMetadata(): Metadata {
  return correctionsMetadata(loadCorrectionsListing());
}

export default function CorrectionsPage() {
  const crumbs = correctionsCrumbs();
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs, siteUrl())} />
      <Breadcrumbs crumbs={crumbs} />
      <CorrectionsView listing={loadCorrectionsListing()} />
    </>
  );
}
