import { notFound, redirect } from "next/navigation";
import { commentPermalinkPath } from "@/db/queries/comment-reader";

type Props = { params: Promise<{ id: string }> };

// Per request: a comment's page moves as the thread grows, and it may be taken down.
export const dynamic = "force-dynamic";

/**
 * A comment's permalink, /comments/<id>: the page of the thread it is on (default order), at its
 * anchor. Only approved comments on live articles resolve; anything else is the 404 page.
 */
export default async function CommentPermalink({ params }: Props) {
  const { id } = await params;
  const path = /^[1-9]\d{0,15}$/.test(id) ? commentPermalinkPath(Number(id)) : undefined;
  if (!path) notFound();
  redirect(path);
}
