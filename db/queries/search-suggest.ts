import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { toMatchExpression } from "@/lib/search/query";
import { allowedDistance, closestTerm, type VocabEntry } from "@/lib/search/typo";
import { hasPublishedMatch, type SearchFilters } from "./search";

// "Did you mean …?" for a search that found nothing. The dictionary is the index's own
// vocabulary (fts5vocab), so suggestions are words that really occur. That vocabulary also holds
// words from drafts, so a suggestion is offered only once it finds public stories: it can never
// reveal what an unpublished story is about.

/** Candidates share the term's first letter: a cheap range read of the sorted vocabulary. */
const MAX_CANDIDATES = 5000;

/** True when some indexed word starts with `term` (so the prefix query is not a typo). */
function isKnownPrefix(term: string): boolean {
  return (
    db.get(sql`select 1 from article_search_vocab where term >= ${term} and term < ${term + "\uFFFF"} limit 1`) !==
    undefined
  );
}

function candidatesFor(term: string): VocabEntry[] {
  const first = String.fromCodePoint(term.codePointAt(0)!);
  const max = allowedDistance(term);
  return db.all<VocabEntry>(sql`
    select term, doc as docs from article_search_vocab
    where term >= ${first} and term < ${first + "\uFFFF"}
      and length(term) between ${term.length - max} and ${term.length + max}
    limit ${MAX_CANDIDATES}`);
}

/**
 * The query with each unknown word replaced by its nearest indexed word (edit distance 1 for
 * words of 4-7 letters, 2 from 8), or null when there is nothing better to offer.
 */
export function suggestCorrection(terms: string[], filters: SearchFilters): string | null {
  let changed = false;
  const corrected = terms.map((term) => {
    if (allowedDistance(term) === 0 || isKnownPrefix(term)) return term;
    const fix = closestTerm(term, candidatesFor(term));
    if (!fix) return term;
    changed = true;
    return fix;
  });
  if (!changed) return null;
  const match = toMatchExpression(corrected);
  return match && hasPublishedMatch(match, filters) ? corrected.join(" ") : null;
}
