"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const canCopy = () => typeof navigator !== "undefined" && typeof navigator.clipboard?.writeText === "function";

const itemClass =
  "inline-flex items-center rounded border border-stone-400 px-3 py-1.5 font-semibold hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800";

/**
 * "Copy link" where the browser can copy; elsewhere (no JavaScript, no clipboard API, and the
 * server render of this cached page) a plain link to the story that the reader can copy themself.
 */
export function CopyLinkButton({ url }: { url: string }) {
  const copyable = useSyncExternalStore(noSubscription, canCopy, () => false);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      // Permission refused or no focus: say so; the address is in the message to copy by hand.
      setStatus("failed");
    }
  }

  if (!copyable) {
    return (
      <a href={url} className={itemClass}>
        Link to this story
      </a>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className={itemClass}>
        Copy link
      </button>
      {/* Always in the page, so screen readers announce the text when it changes. */}
      <span role="status" aria-live="polite" className="text-sm text-muted">
        {status === "copied" ? "Link copied" : status === "failed" ? `Could not copy. The address is ${url}` : ""}
      </span>
    </span>
  );
}
