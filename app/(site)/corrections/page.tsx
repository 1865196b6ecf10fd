import type { Metadata } from "next";
import { CorrectionsView } from "@/components/site/corrections-view";
import { correctionsMetadata, loadCorrectionsListing } from "../_lib/corrections-listing";

// A cached render, refreshed by every correction and every publish or unpublish.
export function generateMetadata(): Metadata {
  return correctionsMetadata(loadCorrectionsListing());
}

export default function CorrectionsPage() {
  return <CorrectionsView listing={loadCorrectionsListing()} />;
}
