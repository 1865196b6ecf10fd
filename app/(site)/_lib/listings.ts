import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import {
  countPublishedByAuthor,
  countPublishedBySection,
  countPublishedByTag,
  listPublishedByAuthor,
  listPublishedBySection,
  listPublishedByTag,
  type ArticleCard,
} from "@/db/queries/articles";
import { getAuthorBySlug, type AuthorProfile } from "@/db/queries/authors";
import { getSectionBySlug } from "@/db/queries/sections";
import { getTagBySlug } from "@/db/queries/tags";
import { pageHref } from "@/components/site/pagination";
import { feedAlternate } from "@/lib/feeds/discovery";
import { pagingFor, resolvePage, totalPagesFor } from "./paging";

/** Everything a paginated list page renders; shared by each list's base and /page/[page] routes. */
export type Listing = {
  eyebrow: string;
  heading: string;
  intro: string;
  author?: AuthorProfile;
  basePath: string;
  page: number;
  totalPages: number;
  articles: ArticleCard[];
};

// Wrapped in cache() so generateMetadata and the page share one set of queries per request.
export const loadSectionListing = cache((slug: string, rawPage?: string): Listing => {
  const section = getSectionBySlug(slug);
  if (!section) notFound();
  const total = countPublishedBySection(section.id);
  const basePath = `/sections/${section.slug}`;
  const page = resolvePage(rawPage, total, basePath);
  return {
    eyebrow: "Section",
    heading: section.name,
    intro: section.description,
    basePath,
    page,
    totalPages: totalPagesFor(total),
    articles: listPublishedBySection(section.id, pagingFor(page)),
  };
});

export const loadTagListing = cache((slug: string, rawPage?: string): Listing => {
  const tag = getTagBySlug(slug);
  // A tag used only on drafts stays hidden: its name alone could give an unpublished story away.
  const total = tag ? countPublishedByTag(tag.id) : 0;
  if (!tag || total === 0) notFound();
  const basePath = `/tags/${tag.slug}`;
  const page = resolvePage(rawPage, total, basePath);
  return {
    eyebrow: "Topic",
    heading: tag.name,
    intro: `Stories tagged “${tag.name}”.`,
    basePath,
    page,
    totalPages: totalPagesFor(total),
    articles: listPublishedByTag(tag.id, pagingFor(page)),
  };
});

export const loadAuthorListing = cache((slug: string, rawPage?: string): Listing => {
  const author = getAuthorBySlug(slug);
  if (!author) notFound();
  const total = countPublishedByAuthor(author.id);
  const basePath = `/authors/${author.slug}`;
  const page = resolvePage(rawPage, total, basePath);
  return {
    eyebrow: "Writer",
    heading: author.name,
    intro: author.bio,
    author,
    basePath,
    page,
    totalPages: totalPagesFor(total),
    articles: listPublishedByAuthor(author.id, pagingFor(page)),
  };
});

export function listingMetadata(listing: Listing): Metadata {
  const suffix = listing.page > 1 ? ` (page ${listing.page})` : "";
  const title = `${listing.heading}${suffix}`;
  const description = listing.intro || `The latest ${listing.heading} stories from The Gazette.`;
  return {
    title,
    description,
    alternates: {
      canonical: pageHref(listing.basePath, listing.page),
      types: feedAlternate(listing.basePath, `The Gazette: ${listing.heading}`),
    },
    openGraph: { title, description, url: pageHref(listing.basePath, listing.page) },
  };
}
