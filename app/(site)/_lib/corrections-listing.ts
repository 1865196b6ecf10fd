import "server-only";
import { cache } from "react";
import type { Metadata } from "next";
import {
  countPublicCorrections,
  listPublicCorrections,
  type PublicCorrection,
} from "@/db/queries/corrections";
import { pageHref } from "@/components/site/pagination";
import { pagingFor, resolvePage, totalPagesFor } from "./paging";

export const CORRECTIONS_PATH = "/corrections";

export type CorrectionsListing = { page: number; totalPages: number; corrections: PublicCorrection[] };

// Paginated by path like the section pages, so every page is a cacheable address.
export const loadCorrectionsListing = cache((rawPage?: string): CorrectionsListing => {
  const total = countPublicCorrections();
  const page = resolvePage(rawPage, total, CORRECTIONS_PATH);
  return { page, totalPages: totalPagesFor(total), corrections: listPublicCorrections(pagingFor(page)) };
});

export function correctionsMetadata(listing: CorrectionsListing): Metadata {
  const title = listing.page > 1 ? `Corrections (page ${listing.page})` : "Corrections";
  const description = "Every correction, clarification and update published by The Gazette, newest first.";
  const url = pageHref(CORRECTIONS_PATH, listing.page);
  return { title, description, alternates: { canonical: url }, openGraph: { title, description, url } };
}
