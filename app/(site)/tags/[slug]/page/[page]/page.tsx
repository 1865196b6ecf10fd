import type { Metadata } from "next";
import { siteUrl } from "@/db/config";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { JsonLd } from "@/components/site/json-ld";
import { ListingView } from "@/components/site/listing-view";
import { breadcrumbJsonLd, pagedCrumbs, tagCrumbs } from "@/lib/page-structured-data";
import { listingMetadata, loadTagListing } from "../../../../_lib/listings";

type Props = { params: Promise<{ slug: string; page: string }> };

// Rendered on first request, then served from the cache until a publish revalidates it.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  return listingMetadata(loadTagListing(slug, page));
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params;
  const listing = loadTagListing(slug, page);
  const crumbs = pagedCrumbs(tagCrumbs({ slug, name: listing.heading }), listing.page);
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs, siteUrl())} />
      <Breadcrumbs crumbs={crumbs} />
      <ListingView listing={listing} />
    </>
  );
}
