"use client";

import { useRef } from "react";
import type { Format } from "@/lib/editor/markdown-format";

/** Toolbar buttons in order; `key` is the Ctrl/⌘ shortcut, when there is one. */
export const TOOLBAR: ReadonlyArray<{ format: Format; label: string; glyph: string; key?: string; glyphClass?: string }> = [
  { format: "heading", label: "Heading", glyph: "H2" },
  { format: "bold", label: "Bold", glyph: "B", key: "B", glyphClass: "font-bold" },
  { format: "italic", label: "Italic", glyph: "I", key: "I", glyphClass: "italic font-serif" },
  { format: "link", label: "Link", glyph: "Link", key: "K" },
  { format: "quote", label: "Quote", glyph: "“ ”" },
  { format: "list", label: "Bulleted list", glyph: "• List" },
  { format: "image", label: "Image", glyph: "Image" },
];

/** The Ctrl/⌘ shortcuts the textarea answers to, by lower-case key. */
export const SHORTCUTS: ReadonlyMap<string, Format> = new Map(
  TOOLBAR.filter((b) => b.key).map((b) => [b.key!.toLowerCase(), b.format]),
);

/**
 * A WAI-ARIA toolbar: one Tab stop, arrow keys move between buttons. Buttons keep focus out of
 * the textarea only while pressed; the editor puts it back with the new selection.
 */
export function MarkdownToolbar({ onFormat, controls }: { onFormat: (format: Format) => void; controls: string }) {
  const ref = useRef<HTMLDivElement>(null);

  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>) {
    const buttons = Array.from(ref.current?.querySelectorAll<HTMLButtonElement>("button") ?? []);
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      e.key === "ArrowRight" ? index + 1 : e.key === "ArrowLeft" ? index - 1 : e.key === "Home" ? 0 : e.key === "End" ? buttons.length - 1 : null;
    if (next === null || index === -1) return;
    e.preventDefault();
    const target = buttons[(next + buttons.length) % buttons.length];
    buttons.forEach((b) => (b.tabIndex = b === target ? 0 : -1));
    target?.focus();
  }

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label="Formatting"
      aria-controls={controls}
      onKeyDown={onKeyDown}
      className="flex flex-wrap gap-1 rounded-t border border-b-0 border-stone-400 bg-stone-100 p-1"
    >
      {TOOLBAR.map((b, i) => {
        const hint = b.key ? ` (Ctrl+${b.key} or ⌘${b.key})` : "";
        return (
          <button
            key={b.format}
            type="button"
            tabIndex={i === 0 ? 0 : -1}
            title={`${b.label}${hint}`}
            aria-label={b.label}
            aria-keyshortcuts={b.key ? `Control+${b.key} Meta+${b.key}` : undefined}
            // Keep the textarea's selection: a mouse press would otherwise move focus first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onFormat(b.format)}
            className="min-w-9 rounded px-2 py-1 text-sm hover:bg-white focus-visible:bg-white"
          >
            <span aria-hidden="true" className={b.glyphClass}>
              {b.glyph}
            </span>
          </button>
        );
      })}
    </div>
  );
}
