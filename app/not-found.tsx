import type { Metadata } from "next";
import Link from "next/link";
import { NotFoundMessage } from "@/components/site/not-found-message";

export const metadata: Metadata = { title: "Page not found" };

// Addresses that match no route at all: rendered in the root layout, so it brings a minimal header.
export default function NotFound() {
  return (
    // data-themed: a reader's 404 follows their theme, like every other reader page.
    <div data-themed className="min-h-screen">
      <header className="border-b-4 border-double border-ink px-4 py-4 text-center">
        <Link href="/" className="font-serif text-3xl font-bold hover:text-brand">
          The Gazette
        </Link>
      </header>
      <main id="main" className="px-4">
        <NotFoundMessage />
      </main>
    </div>
  );
}
