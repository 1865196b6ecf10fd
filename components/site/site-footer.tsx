import Link from "next/link";
import type { SectionSummary } from "@/db/queries/sections";

export function SiteFooter({ sections }: { sections: SectionSummary[] }) {
  return (
    <footer className="mt-16 border-t border-stone-300 bg-stone-50 dark:border-stone-700 dark:bg-stone-900 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-muted sm:flex-row sm:justify-between">
        <p>
          <span className="font-serif font-bold text-ink">The Gazette</span> · Independent news, analysis and opinion.
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Sections (footer)">
          {sections.map((section) => (
            <li key={section.id}>
              <Link href={`/sections/${section.slug}`} className="hover:text-ink hover:underline">
                {section.name}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/corrections" className="hover:text-ink hover:underline">
              Corrections
            </Link>
          </li>
          <li>
            <Link href="/login" className="hover:text-ink hover:underline">
              Staff sign-in
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
