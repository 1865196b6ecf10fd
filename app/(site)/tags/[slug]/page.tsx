import type { Metadata } from "next";
import { siteUrl } from "@/db/config";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { JsonLd } from "@/components/site/json-ld";
import { ListingView } from "@/components/site/listing-view";
import { breadcrumbJsonLd, tagCrumbs } from "@/lib/page-structured-data";
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
  const listing = loadTagListing(slug);
  const crumbs = tagCrumbs({ slug, name: listing.heading });
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs, siteUrl())} />
      <Breadcrumbs crumbs={crumbs} />
      <ListingView listing={listing} />
    </>
  );
}
