import Link from "next/link";
import type { AuthorBox as AuthorBoxData } from "@/db/queries/articles";
import { Avatar } from "./avatar";

/** The writer's portrait, name and short biography under an article. */
export function AuthorBox({ author }: { author: AuthorBoxData }) {
  return (
    <div className="flex gap-4 rounded border border-stone-300 p-4 dark:border-stone-700">
      <Avatar name={author.name} url={author.avatarUrl} />
      <div>
        <p className="font-serif text-lg font-bold">
          <Link href={`/authors/${author.slug}`} className="hover:underline">
            {author.name}
          </Link>
        </p>
        {author.bio ? <p className="mt-1 text-sm text-muted">{author.bio}</p> : null}
      </div>
    </div>
  );
}
