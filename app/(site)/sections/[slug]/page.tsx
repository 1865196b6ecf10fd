import type { Metadata } from "next";
import { siteUrl } from "@/db/config";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { JsonLd } from "@/components/site/json-ld";
import { ListingView } from "@/components/site/listing-view";
import { breadcrumbJsonLd, collectionPageJsonLd, sectionCrumbs } from "@/lib/page-structured-data";
import { listingMetadata, loadSectionListing } from "../../_lib/listings";

type Props = { params: Promise<{ slug: string }> };

// Rendered on first request, then served from the cache until a publish revalidates it.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return listingMetadata(loadSectionListing(slug));
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  const listing = loadSectionListing(slug);
  // loadSectionListing 404s an unknown section, so the slug is a real one from here on.
  const section = { slug, name: listing.heading, description: listing.intro };
  const crumbs = sectionCrumbs(section);
  return (
    <>
      <JsonLd data={collectionPageJsonLd(section, listing.articles, siteUrl())} />
      <JsonLd data={breadcrumbJsonLd(crumbs, siteUrl())} />
      <Breadcrumbs crumbs={crumbs} />
      <ListingView listing={listing} />
    </>
  );
}
