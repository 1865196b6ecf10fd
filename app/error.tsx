"use client";

import Link from "next/link";
import { useEffect } from "react";

// Unexpected failures only: the details stay in the server log (matched by digest), never on screen.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-16">
      <h1 className="font-serif text-3xl font-bold">Something went wrong</h1>
      <p className="mt-4 text-muted">We could not load this page. Please try again in a moment.</p>
      <div className="mt-6 flex gap-4">
        <button type="button" onClick={() => retry()} className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark">
          Try again
        </button>
        <Link href="/" className="px-4 py-2 text-sm font-semibold text-brand underline">
          Go to the front page
        </Link>
      </div>
    </main>
  );
}
