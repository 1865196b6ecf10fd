import { handleReportPost } from "@/lib/comments/report-post";

/** Readers' reports of comments: reader.js posts here with fetch, the report page without JavaScript. */
export async function POST(request: Request): Promise<Response> {
  return handleReportPost(request);
}
