import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { toMatchExpression } from "@/lib/search/query";
import { allowedDistance, closestTerm, type VocabEntry } from "@/lib/search/typo";
import { hasPublishedMatch, type SearchFilters } from "./search";
import { prefixExpansions } from "./search-shared";

// "Did you mean …?" for a search that found nothing. The dictionary is the index's own
// vocabulary (fts5vocab), so suggestions are words that really occur. That vocabulary also holds
// words from drafts, so a suggestion is offered only once it finds public stories: it can never
// reveal what an unpublished story is about.

/** Candidates share the term's first letters: a cheap range read of the sorted vocabulary. */
const MAX_CANDIDATES = 5000;

/**
 * How many first letters candidates share, tried in turn until one is close enough. fts5vocab
 * counts every posting of every word in the range it reads: all words in "c" cost about 80 ms
 * over 100,000 stories, those in "cou" 4 ms. Most typos keep the first letters, so the narrow
 * ranges usually answer; a typo early in the word still finds its fix in a wider one.
 */
const SHARED_PREFIX_LENGTHS = [3, 2, 1];

/** True when some indexed word starts with `term` (so the prefix query is not a typo). */
function isKnownPrefix(term: string): boolean {
  return (
    db.get(sql`select 1 from article_search_vocab where term >= ${term} and term < ${term + "\uFFFF"} limit 1`) !==
    undefined
  );
}

function candidatesFor(term: string, sharedLength: number): VocabEntry[] {
  const prefix = Array.from(term).slice(0, sharedLength).join("");
  const max = allowedDistance(term);
  return db.all<VocabEntry>(sql`
    select term, doc as docs from article_search_vocab
    where term >= ${prefix} and term < ${prefix + "\uFFFF"}
      and length(term) between ${term.length - max} and ${term.length + max}
    limit ${MAX_CANDIDATES}`);
}

/** The nearest indexed word to `term`, preferring words that share more of its first letters. */
function correctionFor(term: string): string | null {
  const length = Array.from(term).length;
  for (const shared of SHARED_PREFIX_LENGTHS) {
    if (shared >= length) continue;
    const fix = closestTerm(term, candidatesFor(term, shared));
    if (fix) return fix;
  }
  return null;
}

/**
 * The query with each unknown word replaced by its nearest indexed word (edit distance 1 for
 * words of 4-7 letters, 2 from 8), or null when there is nothing better to offer.
 */
export function suggestCorrection(terms: string[], filters: SearchFilters): string | null {
  let changed = false;
  const corrected = terms.map((term) => {
    if (allowedDistance(term) === 0 || isKnownPrefix(term)) return term;
    const fix = correctionFor(term);
    if (!fix) return term;
    changed = true;
    return fix;
  });
  if (!changed) return null;
  const match = toMatchExpression(corrected, prefixExpansions(corrected));
  return match && hasPublishedMatch(match, filters) ? corrected.join(" ") : null;
}
