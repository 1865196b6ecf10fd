import { createElement, Fragment, type ReactNode } from "react";

/**
 * FTS5's snippet()/highlight() wrap matches in these Private Use Area characters instead of
 * HTML. The text then goes to React as plain strings (escaped like any other text), and only
 * the markers become <mark> elements: nothing from the database is ever parsed as HTML.
 */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

export type Segment = { text: string; marked: boolean };

/** Splits marked-up text into plain and highlighted runs; stray or nested markers are dropped. */
export function parseHighlights(text: string): Segment[] {
  const segments: Segment[] = [];
  let marked = false;
  let current = "";
  const flush = () => {
    if (current) segments.push({ text: current, marked });
    current = "";
  };
  for (const ch of text) {
    if (ch === MARK_START && !marked) {
      flush();
      marked = true;
    } else if (ch === MARK_END && marked) {
      flush();
      marked = false;
    } else if (ch !== MARK_START && ch !== MARK_END) {
      current += ch;
    }
  }
  flush();
  return segments;
}

/** The same text as React nodes: strings (escaped by React) and <mark> elements. */
export function renderHighlights(text: string): ReactNode {
  return createElement(
    Fragment,
    null,
    ...parseHighlights(text).map((s, i) => (s.marked ? createElement("mark", { key: i }, s.text) : s.text)),
  );
}

/**
 * Body snippets come from Markdown source: drop the syntax a reader should not see (heading
 * hashes, emphasis stars, link targets, quote markers) while keeping the words and markers.
 */
export function stripMarkdown(snippet: string): string {
  return snippet
    .replace(/\]\([^)\s]*\)?/g, "")
    .replace(/!?\[/g, "")
    .replace(/(^|\n)[ \t]*(#{1,6}|>|[-+*]|\d+\.)[ \t]/g, "$1")
    .replace(/[*_`~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
