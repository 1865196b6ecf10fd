import { notFoundResponse, xmlResponse } from "@/lib/feeds/http";
import { sitemapFile } from "@/lib/feeds/sitemap-files";
import { expireAtNextScheduledChange } from "@/lib/schedule-cache";

// The files of the sitemap index (only listed once the site passes 50,000 pages); cached and
// revalidated like /sitemap.xml.
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  await expireAtNextScheduledChange();
  const body = sitemapFile((await params).file);
  return body === null ? notFoundResponse() : xmlResponse(body);
}
