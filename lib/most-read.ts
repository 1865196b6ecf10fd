import "server-only";
import { unstable_cache } from "next/cache";
import { mostReadRefreshSeconds } from "@/db/config";
import { viewCounter } from "./views";

export const MOST_READ_COUNT = 5;

/**
 * The ranked slugs of the last 24 hours, shared by every page that shows the list. Reading it
 * through unstable_cache with a `revalidate` keeps reader pages cached renders (no request data
 * is read) while lowering their lifetime to the refresh interval, so the list is at most that
 * old, and all pages rendered in one interval show the same ranking.
 */
export async function loadMostReadSlugs(): Promise<string[]> {
  const seconds = mostReadRefreshSeconds();
  const load = unstable_cache(
    async () => viewCounter().top(MOST_READ_COUNT).map((v) => v.slug),
    ["most-read", String(seconds)],
    { revalidate: seconds },
  );
  return load();
}
