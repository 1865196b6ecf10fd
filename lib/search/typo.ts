/**
 * Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions, each
 * substring edited once): "barier" -> "barrier" is 1, "cuoncil" -> "council" is 1. Stops early
 * and returns max + 1 once the distance must exceed `max`, since callers only care about 1-2.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Distance allowed for a term: none for short words (too many false friends), 2 for long ones. */
export function allowedDistance(term: string): number {
  if (term.length < 4) return 0;
  return term.length < 8 ? 1 : 2;
}

export type VocabEntry = { term: string; docs: number };

/**
 * The closest dictionary word to `term` within its allowed distance; null when the term is itself
 * a word or nothing is close.
 */
export function closestTerm(term: string, candidates: VocabEntry[]): string | null {
  const max = allowedDistance(term);
  if (max === 0) return null;
  let best: { term: string; rank: number[] } | null = null;
  for (const c of candidates) {
    if (c.term === term) return null;
    const distance = editDistance(term, c.term, max);
    if (distance > max) continue;
    // Nearer first, then more common, then the same length as typed ("otterz" -> "otters", not "otter").
    const rank = [distance, -c.docs, Math.abs(c.term.length - term.length)];
    if (!best || isBefore(rank, best.rank)) best = { term: c.term, rank };
  }
  return best?.term ?? null;
}

function isBefore(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}
