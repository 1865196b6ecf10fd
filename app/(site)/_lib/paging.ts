import { notFound, permanentRedirect } from "next/navigation";

export const PAGE_SIZE = 10;

export function totalPagesFor(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/**
 * The page number from a `/page/[page]` segment (undefined on the list's base address). Page 1
 * lives at the base address only; junk and pages past the end are 404s.
 */
export function resolvePage(raw: string | undefined, total: number, basePath: string): number {
  if (raw === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) notFound();
  const page = Number(raw);
  if (page === 1) permanentRedirect(basePath);
  if (page > totalPagesFor(total)) notFound();
  return page;
}

export function pagingFor(page: number) {
  return { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
}
