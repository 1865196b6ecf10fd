import type { CommentModerationMode, CommentStatus, RuleHit } from "@/db/schema";
import type { ModerationSettings, SiteModerationMode } from "./settings";
import { countLinks, findWords } from "./words";

// The rules that act on a comment before any person sees it. Pure functions of the facts the
// posting pipeline gathers (db/queries/comment-posting.ts), each with a reason a person can read.

export type ArticleCommentState = {
  commentsOpen: boolean;
  publishedAt: Date | null;
  mode: CommentModerationMode;
  surgeAt: Date | null;
  /** The section's override: null follows the site, 0 never closes. */
  sectionCloseDays: number | null;
};

export type CommenterHistory = {
  /** Approved comments by this email, anywhere on the site. */
  approvedCount: number;
  /** Statuses of their latest comments, newest first (at least `trustAfter` of them when there are). */
  recentStatuses: CommentStatus[];
  /** Comments stored from this email / this address inside the flood windows. */
  recentByEmail: number;
  recentByIp: number;
  /** An active ban or suspension on the email or the address. */
  banned: boolean;
};

export type CommentFacts = {
  body: string;
  article: ArticleCommentState;
  commenter: CommenterHistory;
  settings: ModerationSettings;
  now: Date;
};

export type Refusal = "closed" | "banned" | "flood";
/** refuse: not stored; reject: stored as rejected; hold: stored as pending. */
export type RuleVerdict =
  | { action: "refuse"; refusal: Refusal; hit: RuleHit; reason: string }
  | { action: "reject" | "hold"; hit: RuleHit; reason: string };

export const CLOSED_MESSAGE = "Comments are closed on this article.";
export const BANNED_MESSAGE = "Your comment could not be posted.";
export { COMMENT_AWAITING_MODERATION as AWAITING_MESSAGE, COMMENT_PUBLISHED as PUBLISHED_MESSAGE } from "@/lib/comment-policy";
export const BANNED_WORD_REASON = "It contains language we do not allow.";

const DAY_MS = 86_400_000;

/** When comments close by age (publication + the section's or else the site's days); null: never. */
export function commentsCloseAt(article: Pick<ArticleCommentState, "publishedAt" | "sectionCloseDays">, settings: ModerationSettings): Date | null {
  const days = article.sectionCloseDays ?? settings.closeAfterDays;
  if (!days || !article.publishedAt) return null;
  return new Date(article.publishedAt.getTime() + days * DAY_MS);
}

/** Closed by the editor's switch, or by age. */
export function closedRule(article: ArticleCommentState, settings: ModerationSettings, now: Date): RuleVerdict | null {
  const closeAt = commentsCloseAt(article, settings);
  if (article.commentsOpen && !(closeAt && now >= closeAt)) return null;
  const hit: RuleHit = article.commentsOpen ? { rule: "closed", detail: "by age" } : { rule: "closed" };
  return { action: "refuse", refusal: "closed", hit, reason: CLOSED_MESSAGE };
}

/** A banned or suspended commenter learns nothing about why: the message is neutral. */
export function banRule(commenter: CommenterHistory): RuleVerdict | null {
  return commenter.banned ? { action: "refuse", refusal: "banned", hit: { rule: "ban" }, reason: BANNED_MESSAGE } : null;
}

export function floodRule(commenter: CommenterHistory, settings: ModerationSettings): RuleVerdict | null {
  const { floodPerCommenter: perEmail, floodPerIp: perIp } = settings;
  if (perEmail.max > 0 && commenter.recentByEmail >= perEmail.max)
    return {
      action: "refuse",
      refusal: "flood",
      hit: { rule: "flood-commenter", detail: `${commenter.recentByEmail} in ${perEmail.minutes} min` },
      reason: `You have posted ${perEmail.max} comments in the last ${minutes(perEmail.minutes)}. Please wait a little and try again.`,
    };
  if (perIp.max > 0 && commenter.recentByIp >= perIp.max)
    return {
      action: "refuse",
      refusal: "flood",
      hit: { rule: "flood-ip", detail: `${commenter.recentByIp} in ${perIp.minutes} min` },
      reason: `Many comments have come from your connection in the last ${minutes(perIp.minutes)}. Please wait a little and try again.`,
    };
  return null;
}

const minutes = (n: number) => (n === 1 ? "minute" : `${n} minutes`);

export function bannedWordRule(body: string, settings: ModerationSettings): RuleVerdict | null {
  const found = findWords(body, settings.bannedWords);
  return found.length ? { action: "reject", hit: { rule: "banned-word", detail: found.join(", ") }, reason: BANNED_WORD_REASON } : null;
}

export function suspectWordRule(body: string, settings: ModerationSettings): RuleVerdict | null {
  const found = findWords(body, settings.suspectWords);
  return found.length
    ? { action: "hold", hit: { rule: "suspect-word", detail: found.join(", ") }, reason: `Suspect words: ${found.join(", ")}` }
    : null;
}

export function linksRule(body: string, settings: ModerationSettings): RuleVerdict | null {
  const links = countLinks(body);
  return links > settings.maxLinks
    ? { action: "hold", hit: { rule: "links", detail: String(links) }, reason: `${links} links (more than ${settings.maxLinks})` }
    : null;
}

/** At least `trustAfter` approved comments and nothing rejected or spam among their latest ones. */
export function isTrusted(commenter: CommenterHistory, settings: ModerationSettings): boolean {
  const n = settings.trustAfter;
  if (n <= 0 || commenter.approvedCount < n) return false;
  return !commenter.recentStatuses.slice(0, n).some((s) => s === "rejected" || s === "spam");
}

export function firstTimeRule(commenter: CommenterHistory, settings: ModerationSettings): RuleVerdict | null {
  if (!settings.holdFirstTime || commenter.approvedCount > 0) return null;
  return { action: "hold", hit: { rule: "first-time" }, reason: "First comment from this commenter" };
}

/** The article's own mode, "default" meaning the site's; a surge forces pre-moderation. */
export function effectiveMode(article: Pick<ArticleCommentState, "mode" | "surgeAt">, settings: ModerationSettings): { mode: SiteModerationMode; surge: boolean } {
  if (article.surgeAt) return { mode: "pre", surge: true };
  return { mode: article.mode === "default" ? settings.defaultMode : article.mode, surge: false };
}

export const RULE_LABELS: Record<string, string> = {
  "banned-word": "Banned word",
  "suspect-word": "Suspect words",
  links: "Too many links",
  "first-time": "First-time commenter",
  surge: "Surge protection",
  closed: "Comments closed",
  ban: "Banned commenter",
  "flood-commenter": "Too many comments from this commenter",
  "flood-ip": "Too many comments from this address",
};

/** One line for the queue: "Suspect words: idiot, moron". */
export function describeRuleHit(hit: RuleHit): string {
  const label = RULE_LABELS[hit.rule] ?? hit.rule;
  return hit.detail ? `${label}: ${hit.detail}` : label;
}
