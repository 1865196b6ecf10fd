import { handleCommentPost } from "@/lib/comments/comment-post";

/** Readers' comments: reader.js posts here with fetch, and the form posts here without JavaScript. */
export async function POST(request: Request): Promise<Response> {
  return handleCommentPost(request);
}
