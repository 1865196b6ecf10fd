import { getSectionBySlug } from "@/db/queries/sections";
import { feedResponse } from "@/lib/feeds/feed-route";
import { notFoundResponse } from "@/lib/feeds/http";

// Rendered on first request, then cached until publishing revalidates it (lib/revalidate.ts).
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const section = getSectionBySlug((await params).slug);
  if (!section) return notFoundResponse();
  return feedResponse({
    scope: { kind: "section", id: section.id },
    title: `The Gazette: ${section.name}`,
    description: section.description || `The latest ${section.name} stories from The Gazette.`,
    path: `/sections/${section.slug}`,
  });
}
