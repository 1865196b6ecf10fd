import Link from "next/link";
import type { TagLink } from "@/db/queries/articles";

export function TagList({ tags }: { tags: TagLink[] }) {
  if (tags.length === 0) return null;
  return (
    <div className="mt-8 flex flex-wrap items-center gap-2 text-sm">
      <h2 className="font-semibold">Topics:</h2>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link href={`/tags/${tag.slug}`} className="rounded-full border border-stone-400 px-3 py-1 hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800">
              {tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
