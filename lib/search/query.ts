/**
 * Turns whatever a reader typed into a safe FTS5 MATCH expression. Users never write FTS syntax:
 * we pull out word tokens (letters and digits, as FTS5's unicode61 tokenizer sees them) and
 * quote each one, so quotes, `*`, `^`, `:`, parentheses, AND/OR/NOT/NEAR and column filters are
 * all plain text. Every term is a prefix query ("flood" finds "flooding") and terms are ANDed.
 */

/** Longer input is cut, not refused: a pasted paragraph still searches its first words. */
export const MAX_QUERY_LENGTH = 200;
/** More terms than this only slow the query down without narrowing it usefully. */
export const MAX_TERMS = 8;
/** A term longer than any real word is junk; FTS5 would simply find nothing, but cap the work. */
const MAX_TERM_LENGTH = 40;

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Lower-cased word tokens of the query, deduplicated, in order, capped. */
export function searchTerms(raw: string): string[] {
  const text = raw.normalize("NFKC").slice(0, MAX_QUERY_LENGTH).toLowerCase();
  const seen = new Set<string>();
  for (const match of text.matchAll(TOKEN)) {
    const term = match[0].slice(0, MAX_TERM_LENGTH);
    seen.add(term);
    if (seen.size === MAX_TERMS) break;
  }
  return [...seen];
}

/**
 * The MATCH string for `terms`, or null when there is nothing to search for. Tokens hold only
 * letters and digits, so the quoting can never be broken out of; the `""` doubling is kept
 * anyway so this stays safe if TOKEN is ever widened.
 *
 * `expansions` may list, for a term, every indexed word it is a prefix of: the term is then
 * written as those words ORed, which finds exactly what the prefix query finds. FTS5 answers a
 * prefix query longer than its prefix indexes by merging the postings of every such word up
 * front, at every query; ORed words are read lazily instead (see prefixExpansions in
 * db/queries/search-shared.ts).
 */
export function toMatchExpression(terms: string[], expansions?: ReadonlyMap<string, readonly string[]>): string | null {
  if (terms.length === 0) return null;
  const quote = (t: string) => `"${t.replaceAll('"', '""')}"`;
  const parts = terms.map((t) => {
    const words = expansions?.get(t);
    if (!words?.length) return `${quote(t)}*`;
    return words.length === 1 ? quote(words[0]!) : `(${words.map(quote).join(" OR ")})`;
  });
  // FTS5 ANDs adjacent phrases implicitly, but a parenthesised group needs an explicit AND.
  return parts.join(parts.some((p) => p.startsWith("(")) ? " AND " : " ");
}
