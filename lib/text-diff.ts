import { diffLines, diffWordsWithSpace, type Change } from "diff";

/**
 * Readable differences between two texts, as plain parts the UI renders as escaped text inside
 * <ins>/<del>. Nothing here produces HTML, so a diff of hostile Markdown is as safe as its text.
 */

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

// A changed stretch is shown word by word only when the two sides still have enough in common;
// a rewritten paragraph reads better as "this went, that came" than as confetti of shared words.
const SIMILAR_ENOUGH = 0.4;
// Word diffs of long, very different blocks are quadratic: past this budget a block is shown
// as replaced, which is always fast and still exact.
const WORD_DIFF_TIMEOUT_MS = 200;
const WORD_DIFF_MAX_CHARS = 40_000;

function push(parts: DiffPart[], kind: DiffPart["kind"], text: string): void {
  if (text === "") return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

function toParts(changes: Change[], into: DiffPart[] = []): DiffPart[] {
  for (const c of changes) push(into, c.added ? "added" : c.removed ? "removed" : "same", c.value);
  return into;
}

/** Word-level parts for one replaced stretch, or null when the sides are too different. */
function wordsIfSimilar(before: string, after: string): Change[] | null {
  if (before.length + after.length > WORD_DIFF_MAX_CHARS) return null;
  const words = diffWordsWithSpace(before, after, { timeout: WORD_DIFF_TIMEOUT_MS });
  if (!words) return null;
  const shared = words.filter((c) => !c.added && !c.removed).reduce((n, c) => n + c.value.trim().length, 0);
  const longest = Math.max(before.trim().length, after.trim().length, 1);
  return shared / longest >= SIMILAR_ENOUGH ? words : null;
}

/**
 * Line by line first (unchanged paragraphs stay whole), then word by word inside each changed
 * stretch whose old and new text are alike. Joining the parts gives back either text exactly.
 */
export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before === "" ? [] : [{ kind: "same", text: before }];
  const lines = diffLines(before, after);
  const parts: DiffPart[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const change = lines[i]!;
    const next = lines[i + 1];
    if (change.removed && next?.added) {
      const words = wordsIfSimilar(change.value, next.value);
      if (words) toParts(words, parts);
      else {
        push(parts, "removed", change.value);
        push(parts, "added", next.value);
      }
      i += 1;
    } else {
      toParts([change], parts);
    }
  }
  return parts;
}

/** Whether a diff has anything to show. */
export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((p) => p.kind !== "same");
}

/**
 * Long unchanged stretches of a body shrink to their first and last lines around an ellipsis,
 * so a one-word change in a 2,000-word story is easy to find.
 */
export function collapseUnchanged(parts: DiffPart[], contextLines = 2): Array<DiffPart | { kind: "gap"; lines: number }> {
  return parts.map((part, i) => {
    if (part.kind !== "same") return part;
    const lines = part.text.split("\n");
    const keepHead = i === 0 ? 0 : contextLines;
    const keepTail = i === parts.length - 1 ? 0 : contextLines;
    if (lines.length <= keepHead + keepTail + 2) return part;
    // The line fragments touching a change are kept whole; only full lines in between are hidden.
    const head = lines.slice(0, keepHead + 1).join("\n");
    const tail = lines.slice(lines.length - keepTail - 1).join("\n");
    const hidden = lines.length - (keepHead + 1) - (keepTail + 1);
    return [
      { kind: "same" as const, text: `${head}\n` },
      { kind: "gap" as const, lines: hidden },
      { kind: "same" as const, text: `\n${tail}` },
    ];
  }).flat();
}
