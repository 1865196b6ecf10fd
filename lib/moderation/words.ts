// Finding listed words in a comment: whole words only ("ass" is not in "class"), any case, any
// script. A letter, a digit or an underscore on either side means the match is inside a word.

const EDGE_BEFORE = "(?<![\\p{L}\\p{M}\\p{N}_])";
const EDGE_AFTER = "(?![\\p{L}\\p{M}\\p{N}_])";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

const cache = new Map<string, RegExp | null>();

/** One regex for a whole list, longest entries first so a phrase wins over its first word. */
function listPattern(words: readonly string[]): RegExp | null {
  const key = words.join("\n");
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const parts = [...new Set(words.map((w) => w.normalize("NFC").trim().toLowerCase()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    // A phrase matches with any run of spaces between its words.
    .map((w) => w.split(/\s+/).map(escape).join("\\s+"));
  const pattern = parts.length ? new RegExp(`${EDGE_BEFORE}(?:${parts.join("|")})${EDGE_AFTER}`, "giu") : null;
  if (cache.size > 20) cache.clear();
  cache.set(key, pattern);
  return pattern;
}

/** The listed words found in `text`, lower-cased, each once, in order of first appearance. */
export function findWords(text: string, words: readonly string[]): string[] {
  const pattern = listPattern(words);
  if (!pattern) return [];
  const found = new Set<string>();
  for (const match of text.normalize("NFC").matchAll(pattern)) found.add(match[0].toLowerCase().replace(/\s+/g, " "));
  return [...found];
}

export type TextPart = { text: string; match: boolean };

/**
 * The text cut into plain and matched parts, for the queue to render as text nodes with the
 * matches wrapped in <mark>: no HTML is built here, so nothing needs escaping twice.
 */
export function splitHighlights(text: string, words: readonly string[]): TextPart[] {
  const normalized = text.normalize("NFC");
  const pattern = listPattern(words);
  if (!pattern || !normalized) return normalized ? [{ text: normalized, match: false }] : [];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of normalized.matchAll(pattern)) {
    const start = match.index;
    if (start > last) parts.push({ text: normalized.slice(last, start), match: false });
    parts.push({ text: match[0], match: true });
    last = start + match[0].length;
  }
  if (last < normalized.length) parts.push({ text: normalized.slice(last), match: false });
  return parts;
}

const LINK = /(?:\bhttps?:\/\/|(?<![\p{L}\p{N}_.@-])www\.)[^\s<>"]+/giu;

/** Web addresses in the text: anything starting with http(s):// or www. */
export function countLinks(text: string): number {
  return [...text.matchAll(LINK)].length;
}
