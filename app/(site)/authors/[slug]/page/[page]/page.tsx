import type { Metadata } from "next";
import { siteUrl } from "@/db/config";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { JsonLd } from "@/components/site/json-ld";
import { ListingView } from "@/components/site/listing-view";
import { authorCrumbs, breadcrumbJsonLd, pagedCrumbs } from "@/lib/page-structured-data";
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
  const listing = loadAuthorListing(slug, page);
  // loadAuthorListing 404s anyone without a live byline, so the profile is always set here.
  const crumbs = pagedCrumbs(authorCrumbs(listing.author!), listing.page);
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs, siteUrl())} />
      <Breadcrumbs crumbs={crumbs} />
      <ListingView listing={listing} />
    </>
  );
}
