import type { Metadata } from "next";
import { siteUrl } from "@/db/config";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { JsonLd } from "@/components/site/json-ld";
import { ListingView } from "@/components/site/listing-view";
import { authorCrumbs, breadcrumbJsonLd, profilePageJsonLd } from "@/lib/page-structured-data";
import { listingMetadata, loadAuthorListing } from "../../_lib/listings";

type Props = { params: Promise<{ slug: string }> };

// Rendered on first request, then served from the cache until a publish revalidates it.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return listingMetadata(loadAuthorListing(slug));
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  const listing = loadAuthorListing(slug);
  // loadAuthorListing 404s anyone without a live byline, so the profile is always set here.
  const author = listing.author!;
  const crumbs = authorCrumbs(author);
  return (
    <>
      <JsonLd data={profilePageJsonLd(author, siteUrl())} />
      <JsonLd data={breadcrumbJsonLd(crumbs, siteUrl())} />
      <Breadcrumbs crumbs={crumbs} />
      <ListingView listing={listing} />
    </>
  );
}
