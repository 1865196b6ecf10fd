import Link from "next/link";
import type { SectionSummary } from "@/db/queries/sections";
import { SearchBox } from "./search-box";
import { ThemeSwitch } from "./theme-switch";
import { Today } from "./today";

/** Skip link, masthead and the section navigation shared by every reader page. */
export function SiteHeader({ sections }: { sections: SectionSummary[] }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only rounded bg-white px-4 py-2 font-semibold text-ink focus:not-sr-only dark:bg-stone-900 print:hidden focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        Skip to main content
      </a>
      <header className="border-b-4 border-double border-ink">
        <div className="mx-auto max-w-6xl px-4 pt-6 pb-4 text-center">
          <div className="flex min-h-7 flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-muted">
              <Today />
            </p>
            <ThemeSwitch className="print:hidden" />
          </div>
          <p className="mt-1 font-serif text-4xl font-bold tracking-tight sm:text-5xl">
            <Link href="/" className="hover:text-brand">
              The Gazette
            </Link>
          </p>
          <p className="mt-1 text-sm text-muted">Independent news, analysis and opinion</p>
          <div className="mt-3 print:hidden">
            <SearchBox />
          </div>
        </div>
        <nav aria-label="Sections" className="border-t border-stone-300 dark:border-stone-700 print:hidden">
          <ul className="mx-auto flex max-w-6xl flex-wrap justify-center gap-x-6 gap-y-1 px-4 py-2 text-sm font-semibold">
            <li>
              <Link href="/" className="hover:text-brand hover:underline">
                Home
              </Link>
            </li>
            {sections.map((section) => (
              <li key={section.id}>
                <Link href={`/sections/${section.slug}`} className="hover:text-brand hover:underline">
                  {section.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
    </>
  );
}
