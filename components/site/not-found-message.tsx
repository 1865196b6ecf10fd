import Link from "next/link";

/** The body of every 404: what happened and where to go next. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-xl py-12">
      <p className="text-sm font-semibold tracking-wide text-brand uppercase">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">Page not found</h1>
      <p className="mt-4 text-muted">
        We could not find that page. The story may have been moved or unpublished, or the address may be mistyped.
      </p>
      <ul className="mt-6 list-disc space-y-2 pl-5">
        <li>
          <Link href="/" className="text-brand underline">
            Go to the front page
          </Link>
        </li>
        <li>
          <Link href="/sections/news" className="text-brand underline">
            Read the latest news
          </Link>
        </li>
      </ul>
    </div>
  );
}
