import { countPublishedByTag } from "@/db/queries/articles";
import { getTagBySlug } from "@/db/queries/tags";
import { feedResponse } from "@/lib/feeds/feed-route";
import { notFoundResponse } from "@/lib/feeds/http";

// Rendered on first request, then cached until publishing revalidates it (lib/revalidate.ts).
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const tag = getTagBySlug((await params).slug);
  // As on the tag page: a tag used only on drafts stays hidden, its name could give a story away.
  if (!tag || countPublishedByTag(tag.id) === 0) return notFoundResponse();
  return feedResponse({
    scope: { kind: "tag", id: tag.id },
    title: `The Gazette: ${tag.name}`,
    description: `Stories tagged “${tag.name}” in The Gazette.`,
    path: `/tags/${tag.slug}`,
  });
}
