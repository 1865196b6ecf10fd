import type { RuleHit } from "@/db/schema";
import {
  AWAITING_MESSAGE,
  banRule,
  bannedWordRule,
  closedRule,
  effectiveMode,
  firstTimeRule,
  floodRule,
  isTrusted,
  linksRule,
  PUBLISHED_MESSAGE,
  suspectWordRule,
  type CommentFacts,
  type Refusal,
} from "./rules";

export type CommentVerdict = {
  /** refused: not stored at all. */
  outcome: "approved" | "pending" | "rejected" | "refused";
  /** Published on a post-moderated story and still to be looked at. */
  needsReview: boolean;
  /** Why rules acted, for the queue; empty when nothing but the story's mode decided. */
  ruleHits: RuleHit[];
  /** What the commenter is told. */
  message: string;
  /** Stored on a rejected comment and shown on the commenter's status page. */
  reason: string;
  /** For the comment's history: why it went where it went. */
  decisionReason: string;
  refusal?: Refusal;
};

/**
 * Every rule in order, the first that ends the matter winning: closed, banned, flooding (none
 * stored), a banned word (stored, rejected), then the story's mode with any holds.
 *
 * - pre (or a surge): everything waits, trusted or not.
 * - post: published at once and marked for review, unless a content rule holds it; a trusted
 *   commenter needs no review. A first comment is not held: everything is reviewed anyway.
 * - open: published unless a rule holds it, a first comment included (trusted commenters and
 *   anyone with an approved comment are not first-timers).
 */
export function decideComment(facts: CommentFacts): CommentVerdict {
  const { body, article, commenter, settings, now } = facts;
  const refused = closedRule(article, settings, now) ?? banRule(commenter) ?? floodRule(commenter, settings);
  if (refused?.action === "refuse")
    return {
      outcome: "refused",
      needsReview: false,
      ruleHits: [refused.hit],
      message: refused.reason,
      reason: "",
      decisionReason: refused.reason,
      refusal: refused.refusal,
    };

  const banned = bannedWordRule(body, settings);
  if (banned)
    return {
      outcome: "rejected",
      needsReview: false,
      ruleHits: [banned.hit],
      message: `Your comment could not be published: ${banned.reason.charAt(0).toLowerCase()}${banned.reason.slice(1)}`,
      reason: banned.reason,
      decisionReason: `Banned word: ${banned.hit.detail}`,
    };

  const { mode, surge } = effectiveMode(article, settings);
  const trusted = isTrusted(commenter, settings);
  const holds = [suspectWordRule(body, settings), linksRule(body, settings)];
  if (mode === "open" && !trusted) holds.push(firstTimeRule(commenter, settings));
  const held = holds.filter((v) => v !== null);
  const ruleHits = held.map((v) => v.hit);
  if (surge) ruleHits.push({ rule: "surge" });

  if (mode === "pre" || held.length > 0) {
    const why = held.map((v) => v.reason);
    if (surge) why.push("Surge protection: every comment waits");
    else if (mode === "pre") why.push("Pre-moderated story");
    return { outcome: "pending", needsReview: false, ruleHits, message: AWAITING_MESSAGE, reason: "", decisionReason: why.join("; ") };
  }
  const needsReview = mode === "post" && !trusted;
  return {
    outcome: "approved",
    needsReview,
    ruleHits: [],
    message: PUBLISHED_MESSAGE,
    reason: "",
    decisionReason: needsReview ? "Post-moderated: published, to be reviewed" : trusted ? "Trusted commenter" : "Open: no rule held it",
  };
}
