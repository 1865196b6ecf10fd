import { emailShareHref, shareTargets } from "@/lib/share-links";
import { CopyLinkButton } from "./copy-link-button";

const linkClass =
  "inline-flex items-center rounded border border-stone-400 px-3 py-1.5 font-semibold hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800";

/** Copy, email and the usual networks under an article: plain links; public/reader.js adds the copy button. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby="share-heading" className="mt-10 print:hidden">
      <h2 id="share-heading" className="font-serif text-xl font-bold">
        Share this story
      </h2>
      <ul className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        <li>
          <CopyLinkButton url={url} />
        </li>
        <li>
          <a href={emailShareHref(url, title)} className={linkClass}>
            Email
          </a>
        </li>
        {shareTargets(url, title).map((target) => (
          <li key={target.name}>
            {/* noreferrer: the network learns nothing but what is in the link. */}
            <a href={target.href} target="_blank" rel="noopener noreferrer" className={linkClass}>
              {target.name}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
