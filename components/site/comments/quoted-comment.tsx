import Link from "next/link";
import { CommentText } from "./comment-item";

type Props = {
  article: { slug: string; headline: string };
  comment: Parameters<typeof CommentText>[0]["comment"];
};

/** The story a page is about and the comment it acts on (reply, report), under the page's heading. */
export function QuotedComment({ article, comment }: Props) {
  return (
    <>
      <p className="mt-2 text-lg">
        On{" "}
        <Link href={`/articles/${article.slug}`} className="font-semibold text-brand underline">
          {article.headline}
        </Link>
      </p>
      <article
        aria-label={`Comment by ${comment.authorName}`}
        className="mt-6 border-l-4 border-stone-300 pl-4 dark:border-stone-700"
      >
        <CommentText comment={comment} />
      </article>
    </>
  );
}
