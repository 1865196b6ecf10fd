import { getAuthorBySlug } from "@/db/queries/authors";
import { feedResponse } from "@/lib/feeds/feed-route";
import { notFoundResponse } from "@/lib/feeds/http";

// Rendered on first request, then cached until publishing revalidates it (lib/revalidate.ts).
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  // Only writers with a live byline have a public page, and so a feed.
  const author = getAuthorBySlug((await params).slug);
  if (!author) return notFoundResponse();
  return feedResponse({
    scope: { kind: "author", id: author.id },
    title: `The Gazette: ${author.name}`,
    description: `The latest stories by ${author.name} in The Gazette.`,
    path: `/authors/${author.slug}`,
  });
}
