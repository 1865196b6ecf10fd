import Link from "next/link";
import type { Byline as BylineEntry } from "@/db/queries/articles";

/** "By A, B and C", each name linking to the writer's page, in byline order. */
export function Byline({ authors, linkClassName = "font-semibold text-ink hover:underline" }: { authors: BylineEntry[]; linkClassName?: string }) {
  if (authors.length === 0) return null;
  return (
    <span>
      By{" "}
      {authors.map((author, i) => (
        <span key={author.slug}>
          {i > 0 ? (i === authors.length - 1 ? " and " : ", ") : null}
          <Link href={`/authors/${author.slug}`} className={linkClassName}>
            {author.name}
          </Link>
        </span>
      ))}
    </span>
  );
}
