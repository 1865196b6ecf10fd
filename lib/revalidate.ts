import "server-only";
import { revalidatePath } from "next/cache";

// Every reader page that lists articles. Pagination shifts every page of a list when one
// story is added or removed, so whole route patterns are invalidated, not single pages.
const LIST_ROUTES = [
  "/sections/[slug]",
  "/sections/[slug]/page/[page]",
  "/tags/[slug]",
  "/tags/[slug]/page/[page]",
  "/authors/[slug]",
  "/authors/[slug]/page/[page]",
] as const;

/**
 * After an article is published, edited while live, unpublished or renamed: the front page,
 * its own address (old and new), and every list it may appear in.
 */
export function revalidateArticleSurfaces(slugs: Array<string | null | undefined>): void {
  revalidatePath("/");
  for (const slug of new Set(slugs)) if (slug) revalidatePath(`/articles/${slug}`);
  for (const route of LIST_ROUTES) revalidatePath(route, "page");
}

/** After a moderation decision: only the article's own page shows comments. */
export function revalidateArticleComments(slug: string): void {
  revalidatePath(`/articles/${slug}`);
}

/** After a staff profile change: bylines and author boxes appear on every article. */
export function revalidateEverything(): void {
  revalidatePath("/", "layout");
}
