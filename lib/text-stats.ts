/**
 * Word count and reading time of a Markdown body, without rendering it: cheap enough to run on
 * every keystroke in the editor, and free of DOM or server code so the reader side can reuse it.
 */

/** Words a reader would read: Markdown syntax, URLs and HTML tags are not words. */
export function wordCount(markdown: string): number {
  const text = markdown
    // Fenced code still counts: readers read it, but the fence markers do not.
    .replace(/^\s*(```|~~~).*$/gm, " ")
    // An image's alt text is not read on the page; a link keeps its text and drops its address.
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, " $1 ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\bhttps?:\/\/\S+/gi, " ");
  // A word is a run of letters or digits, with inner apostrophes or hyphens ("don't", "co-op").
  const words = text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}

/** Adult silent reading of news copy; 230 words a minute is the usual newsroom figure. */
export const WORDS_PER_MINUTE = 230;

/** Whole minutes, rounded up; any text at all takes at least a minute. */
export function readingTimeMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  if (!Number.isFinite(words) || words <= 0) return 0;
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** "1,234 words · 6 min read", as the editor's status line shows it. */
export function formatTextStats(words: number, wordsPerMinute = WORDS_PER_MINUTE): string {
  const minutes = readingTimeMinutes(words, wordsPerMinute);
  const count = `${words.toLocaleString("en-GB")} ${words === 1 ? "word" : "words"}`;
  return minutes === 0 ? count : `${count} · ${minutes} min read`;
}
