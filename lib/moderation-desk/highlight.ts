import type { RuleHit } from "@/db/schema";

export type Run = { text: string; marked: boolean };

/** The suspect words a rule matched, from a comment's rule hits. */
export function suspectWords(hits: readonly RuleHit[]): string[] {
  const words = hits
    .filter((h) => h.rule === "suspect-word" && typeof h.detail === "string" && h.detail.trim() !== "")
    .map((h) => h.detail!.trim().toLowerCase());
  return [...new Set(words)];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Splits `text` into plain and marked runs, marking every case-insensitive occurrence of the
 * given words. Pure and HTML-free: the caller renders runs as React text and <mark> elements,
 * so nothing in a comment is ever parsed as markup. Longer words win where words overlap.
 */
export function highlightRuns(text: string, words: readonly string[]): Run[] {
  const usable = [...new Set(words.map((w) => w.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (usable.length === 0 || text === "") return text === "" ? [] : [{ text, marked: false }];
  const pattern = new RegExp(usable.map(escapeRegExp).join("|"), "giu");
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (match[0] === "") continue;
    if (start > last) runs.push({ text: text.slice(last, start), marked: false });
    runs.push({ text: match[0], marked: true });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), marked: false });
  return runs;
}

const RULE_LABELS: Record<string, string> = {
  "suspect-word": "suspect word",
  "banned-word": "banned word",
  links: "too many links",
  "too-many-links": "too many links",
  "first-time": "first-time commenter",
  "first-comment": "first-time commenter",
  flood: "flood limit",
  "flood-email": "flood limit (commenter)",
  "flood-ip": "flood limit (address)",
  surge: "surge: story is pre-moderated",
  "pre-moderated": "story is pre-moderated",
  banned: "banned commenter",
  trusted: "trusted commenter",
};

/** "suspect word 'idiot'", "too many links (4)": one rule's verdict in words. */
export function describeRuleHit(hit: RuleHit): string {
  const label = RULE_LABELS[hit.rule] ?? hit.rule.replaceAll("-", " ");
  if (!hit.detail) return label;
  return hit.rule.endsWith("word") ? `${label} '${hit.detail}'` : `${label} (${hit.detail})`;
}
