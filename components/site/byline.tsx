import Link from "next/link";
import type { Byline as BylineEntry } from "@/db/queries/articles";
import { cn } from "@/lib/utils";

// Always underlined: bylines sit in muted text, and colour alone cannot mark a link (WCAG 1.4.1).
const UNDERLINE = "underline underline-offset-2 hover:decoration-2";

/** "By A, B and C", each name linking to the writer's page, in byline order. */
export function Byline({ authors, linkClassName = "font-semibold text-ink" }: { authors: BylineEntry[]; linkClassName?: string }) {
  if (authors.length === 0) return null;
  return (
    <span>
      By{" "}
      {authors.map((author, i) => (
        <span key={author.slug}>
          {i > 0 ? (i === authors.length - 1 ? " and " : ", ") : null}
          <Link href={`/authors/${author.slug}`} className={cn(UNDERLINE, linkClassName)}>
            {author.name}
          </Link>
        </span>
      ))}
    </span>
  );
}
