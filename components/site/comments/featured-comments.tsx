import type { PublicComment } from "@/db/queries/comments";
import { CommentText } from "./comment-item";

/** Comments moderators chose to feature, above the thread (Coral's "Featured" tab, in line). */
export function FeaturedComments({ comments }: { comments: PublicComment[] }) {
  if (comments.length === 0) return null;
  return (
    <section
      aria-labelledby="featured-comments-heading"
      className="mt-6 rounded border-l-4 border-brand bg-stone-50 p-4 dark:bg-stone-900"
    >
      <h3 id="featured-comments-heading" className="font-serif text-lg font-bold">
        Featured
      </h3>
      <ul className="mt-3 space-y-4">
        {comments.map((c) => (
          <li key={c.id}>
            <article aria-label={`Featured comment by ${c.authorName}`}>
              <CommentText comment={c} />
              <a
                href={`/comments/${c.id}`}
                className="mt-1 inline-block text-sm font-semibold text-brand hover:underline"
              >
                See it in the conversation<span className="sr-only"> (comment by {c.authorName})</span>
              </a>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
