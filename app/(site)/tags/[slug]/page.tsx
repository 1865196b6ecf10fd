import type { Metadata } from "next";
import { ListingView } from "@/components/site/listing-view";
import { listingMetadata, loadTagListing } from "../../_lib/listings";

type Props = { params: Promise<{ slug: string }> };

// Rendered on first request, then served from the cache until a publish revalidates it.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return listingMetadata(loadTagListing(slug));
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  return <ListingView listing={loadTagListing(slug)} />;
}
