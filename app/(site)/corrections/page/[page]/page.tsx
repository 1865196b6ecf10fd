import type { Metadata } from "next";
import { CorrectionsView } from "@/components/site/corrections-view";
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
  return <CorrectionsView listing={loadCorrectionsListing((await params).page)} />;
}
