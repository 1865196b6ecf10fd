import { xmlResponse } from "@/lib/feeds/http";
import { sitemapRoot } from "@/lib/feeds/sitemap-files";
import { expireAtNextScheduledChange } from "@/lib/schedule-cache";

// Cached like reader pages: revalidated on publish, unpublish and corrections (lib/revalidate.ts),
// and when the next scheduled story is due.
export const dynamic = "force-static";

export async function GET(): Promise<Response> {
  await expireAtNextScheduledChange();
  return xmlResponse(sitemapRoot());
}
