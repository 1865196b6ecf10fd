import { handleAppealPost } from "@/lib/comments/appeal-post";

/** A commenter's one appeal against a rejection, from their private status page. */
export async function POST(request: Request): Promise<Response> {
  return handleAppealPost(request);
}
