/** "N comments" on a story card, to the article's conversation; it names the story for screen readers. */
export function CommentCountLink({
  slug,
  count,
  headline,
}: {
  slug: string;
  count: number;
  headline: string;
}) {
  const label = count === 1 ? "1 comment" : `${count} comments`;
  return (
    <a href={`/articles/${slug}#comments`} className="text-ink hover:underline" data-comment-count>
      {label}
      <span className="sr-only"> on {headline}</span>
    </a>
  );
}
