"use client";

import Link from "next/link";

/** Unexpected failures in the admin; expected ones come back as form messages instead. */
export default function AdminError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div role="alert" className="max-w-xl">
      <h1 className="font-serif text-2xl font-bold">Something went wrong</h1>
      <p className="mt-3 text-muted">
        The newsroom could not finish that. Nothing you saved earlier is lost.
        {error.digest ? ` Reference: ${error.digest}.` : null}
      </p>
      <div className="mt-5 flex gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white"
        >
          Try again
        </button>
        <Link href="/admin" className="self-center text-brand underline">
          Back to the dashboard
        </Link>
      </div>
    </div>
  );
}
