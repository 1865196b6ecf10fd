import type { Metadata } from "next";
import { ListingView } from "@/components/site/listing-view";
import { listingMetadata, loadAuthorListing } from "../../../../_lib/listings";

type Props = { params: Promise<{ slug: string; page: string }> };

// Rendered on first request, then served from the cache until a publish revalidates it.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  return listingMetadata(loadAuthorListing(slug, page));
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params;
  return <ListingView listing={loadAuthorListing(slug, page)} />;
}
