import { getPublishedArticleBySlug } from "@/db/queries/articles";
import { notFoundResponse } from "@/lib/feeds/http";
import { articleCardResponse } from "@/lib/og/article-card";

// A plain route rather than the opengraph-image file convention: under the (site) group Next
// gives that route a hashed name, and the JSON-LD image and lib/revalidate.ts need a stable
// address. Rendered on first request, then cached until publishing revalidates it.
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  // Published-only, like the page: drafts and unknown slugs get the same 404.
  const article = getPublishedArticleBySlug((await params).slug);
  if (!article) return notFoundResponse();
  return articleCardResponse(article);
}
