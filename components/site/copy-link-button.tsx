const itemClass =
  "inline-flex items-center rounded border border-stone-400 px-3 py-1.5 font-semibold hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800";

/**
 * A plain link to the story, which the reader can copy themself. Where the browser can copy
 * (JavaScript and the clipboard API), public/reader.js hides the link and shows the "Copy link"
 * button and its status line instead.
 */
export function CopyLinkButton({ url }: { url: string }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2" data-copy-link={url}>
      <a href={url} className={itemClass} data-copy-fallback>
        Link to this story
      </a>
      <button type="button" className={itemClass} hidden data-copy-button>
        Copy link
      </button>
      {/* In the page before any copy, so screen readers announce the text when it changes. */}
      <span
        role="status"
        aria-live="polite"
        className="text-sm text-muted"
        hidden
        data-copy-status
        suppressHydrationWarning
      >
        {""}
      </span>
    </span>
  );
}
