import { describe, expect, it } from "vitest";
import { decideComment } from "./decide";
import {
  banRule,
  bannedWordRule,
  closedRule,
  commentsCloseAt,
  describeRuleHit,
  effectiveMode,
  firstTimeRule,
  floodRule,
  isTrusted,
  linksRule,
  suspectWordRule,
  type ArticleCommentState,
  type CommenterHistory,
  type CommentFacts,
} from "./rules";
import { DEFAULT_MODERATION_SETTINGS, type ModerationSettings } from "./settings";

const NOW = new Date("2030-06-15T12:00:00Z");
const daysBefore = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

const settings = (over: Partial<ModerationSettings> = {}): ModerationSettings => ({
  ...DEFAULT_MODERATION_SETTINGS,
  bannedWords: ["scum"],
  suspectWords: ["idiot", "moron"],
  ...over,
});
const article = (over: Partial<ArticleCommentState> = {}): ArticleCommentState => ({
  commentsOpen: true,
  publishedAt: daysBefore(1),
  mode: "default",
  surgeAt: null,
  sectionCloseDays: null,
  ...over,
});
const newcomer: CommenterHistory = { approvedCount: 0, recentStatuses: [], recentByEmail: 0, recentByIp: 0, banned: false };
const regular: CommenterHistory = { ...newcomer, approvedCount: 1, recentStatuses: ["approved"] };
const trusted: CommenterHistory = { ...newcomer, approvedCount: 5, recentStatuses: ["approved", "approved", "pending"] };

describe("closedRule", () => {
  it.each([
    { case: "open, no age limit", a: article(), s: settings(), closed: false },
    { case: "switched off by the editor", a: article({ commentsOpen: false }), s: settings(), closed: true },
    { case: "past the site's days", a: article({ publishedAt: daysBefore(8) }), s: settings({ closeAfterDays: 7 }), closed: true },
    { case: "inside the site's days", a: article({ publishedAt: daysBefore(6) }), s: settings({ closeAfterDays: 7 }), closed: false },
    { case: "section's shorter days win", a: article({ publishedAt: daysBefore(3), sectionCloseDays: 2 }), s: settings({ closeAfterDays: 30 }), closed: true },
    { case: "section 0 never closes", a: article({ publishedAt: daysBefore(300), sectionCloseDays: 0 }), s: settings({ closeAfterDays: 7 }), closed: false },
    { case: "unpublished has no age", a: article({ publishedAt: null }), s: settings({ closeAfterDays: 1 }), closed: false },
  ])("$case → closed: $closed", ({ a, s, closed }) => {
    const verdict = closedRule(a, s, NOW);
    expect(verdict !== null).toBe(closed);
    if (verdict) expect(verdict).toMatchObject({ action: "refuse", refusal: "closed", reason: "Comments are closed on this article." });
  });

  it("tells when comments close", () => {
    expect(commentsCloseAt(article({ publishedAt: daysBefore(1) }), settings({ closeAfterDays: 3 }))).toEqual(daysBefore(-2));
    expect(commentsCloseAt(article(), settings())).toBeNull();
  });
});

describe("banRule", () => {
  it("refuses a banned commenter with a neutral message, and lets others through", () => {
    expect(banRule({ ...newcomer, banned: true })).toEqual({
      action: "refuse",
      refusal: "banned",
      hit: { rule: "ban" },
      reason: "Your comment could not be posted.",
    });
    expect(banRule(newcomer)).toBeNull();
  });
});

describe("floodRule", () => {
  const s = settings({ floodPerCommenter: { max: 3, minutes: 10 }, floodPerIp: { max: 5, minutes: 1 } });
  it.each([
    { case: "under both limits", c: { recentByEmail: 2, recentByIp: 4 }, rule: null },
    { case: "at the commenter limit", c: { recentByEmail: 3, recentByIp: 0 }, rule: "flood-commenter" },
    { case: "at the address limit", c: { recentByEmail: 0, recentByIp: 5 }, rule: "flood-ip" },
  ])("$case → $rule", ({ c, rule }) => {
    const verdict = floodRule({ ...newcomer, ...c }, s);
    expect(verdict?.hit.rule ?? null).toBe(rule);
    if (verdict) expect(verdict.reason).toMatch(/Please wait/);
  });

  it("does nothing when a limit is 0 (off)", () => {
    const off = settings({ floodPerCommenter: { max: 0, minutes: 10 }, floodPerIp: { max: 0, minutes: 10 } });
    expect(floodRule({ ...newcomer, recentByEmail: 999, recentByIp: 999 }, off)).toBeNull();
  });
});

describe("word and link rules", () => {
  it("rejects a banned word, naming it for moderators only", () => {
    expect(bannedWordRule("You SCUM.", settings())).toEqual({
      action: "reject",
      hit: { rule: "banned-word", detail: "scum" },
      reason: "It contains language we do not allow.",
    });
    expect(bannedWordRule("Scumble is a painting technique", settings())).toBeNull();
  });

  it("holds suspect words, listing each", () => {
    expect(suspectWordRule("Idiot and moron, idiot", settings())).toMatchObject({
      action: "hold",
      hit: { rule: "suspect-word", detail: "idiot, moron" },
      reason: "Suspect words: idiot, moron",
    });
    expect(suspectWordRule("All fine", settings())).toBeNull();
  });

  it("holds more than the allowed number of links", () => {
    const two = "https://a.test and https://b.test";
    expect(linksRule(two, settings({ maxLinks: 2 }))).toBeNull();
    expect(linksRule(`${two} www.c.test`, settings({ maxLinks: 2 }))).toMatchObject({ action: "hold", hit: { rule: "links", detail: "3" } });
    expect(linksRule("https://a.test", settings({ maxLinks: 0 }))).not.toBeNull();
  });
});

describe("trust and first-time", () => {
  it.each([
    { case: "enough approved, clean record", c: trusted, s: settings(), trusted: true },
    { case: "too few approved", c: { ...trusted, approvedCount: 2 }, s: settings(), trusted: false },
    { case: "a recent rejection", c: { ...trusted, recentStatuses: ["approved", "rejected", "approved"] as const }, s: settings(), trusted: false },
    { case: "recent spam", c: { ...trusted, recentStatuses: ["spam"] as const }, s: settings(), trusted: false },
    { case: "a rejection older than the last N", c: { ...trusted, recentStatuses: ["approved", "approved", "approved", "rejected"] as const }, s: settings(), trusted: true },
    { case: "trust switched off", c: trusted, s: settings({ trustAfter: 0 }), trusted: false },
  ])("$case → trusted: $trusted", ({ c, s, trusted: expected }) => {
    expect(isTrusted({ ...c, recentStatuses: [...c.recentStatuses] }, s)).toBe(expected);
  });

  it("holds only a commenter with no approved comment, when switched on", () => {
    expect(firstTimeRule(newcomer, settings())).toMatchObject({ action: "hold", hit: { rule: "first-time" } });
    expect(firstTimeRule(regular, settings())).toBeNull();
    expect(firstTimeRule(newcomer, settings({ holdFirstTime: false }))).toBeNull();
  });
});

describe("effectiveMode", () => {
  it.each([
    { a: { mode: "default" as const, surgeAt: null }, site: "post" as const, mode: "post", surge: false },
    { a: { mode: "open" as const, surgeAt: null }, site: "pre" as const, mode: "open", surge: false },
    { a: { mode: "post" as const, surgeAt: NOW }, site: "open" as const, mode: "pre", surge: true },
  ])("article $a.mode on a $site site → $mode", ({ a, site, mode, surge }) => {
    expect(effectiveMode(a, settings({ defaultMode: site }))).toEqual({ mode, surge });
  });
});

describe("describeRuleHit", () => {
  it("says why in one line", () => {
    expect(describeRuleHit({ rule: "suspect-word", detail: "idiot" })).toBe("Suspect words: idiot");
    expect(describeRuleHit({ rule: "first-time" })).toBe("First-time commenter");
    expect(describeRuleHit({ rule: "something-new" })).toBe("something-new");
  });
});

describe("decideComment", () => {
  const facts = (over: Partial<CommentFacts> & { mode?: ArticleCommentState["mode"] } = {}): CommentFacts => ({
    body: "A thoughtful comment.",
    article: article({ mode: over.mode ?? "default" }),
    commenter: regular,
    settings: settings(),
    now: NOW,
    ...over,
  });
  const cases: Array<{ case: string; f: CommentFacts; outcome: string; needsReview?: boolean; rules?: string[]; message?: RegExp }> = [
    { case: "closed beats everything", f: facts({ article: article({ commentsOpen: false }), commenter: { ...trusted, banned: true } }), outcome: "refused", rules: ["closed"], message: /closed/ },
    { case: "a ban beats a flood", f: facts({ commenter: { ...regular, banned: true, recentByEmail: 99 } }), outcome: "refused", rules: ["ban"], message: /^Your comment could not be posted\.$/ },
    { case: "a flood is refused", f: facts({ commenter: { ...regular, recentByEmail: 5 } }), outcome: "refused", rules: ["flood-commenter"] },
    { case: "a banned word is rejected, trusted or not", f: facts({ body: "scum", commenter: trusted, mode: "open" }), outcome: "rejected", rules: ["banned-word"], message: /could not be published: it contains language/ },
    { case: "pre: a trusted commenter waits too", f: facts({ commenter: trusted, mode: "pre" }), outcome: "pending", rules: [] },
    { case: "default follows the site (pre)", f: facts({ commenter: trusted }), outcome: "pending", message: /awaiting moderation/ },
    { case: "pre: suspect words are still noted", f: facts({ body: "idiot", mode: "pre" }), outcome: "pending", rules: ["suspect-word"] },
    { case: "post: published, to be reviewed", f: facts({ mode: "post", commenter: newcomer }), outcome: "approved", needsReview: true, rules: [], message: /^Your comment is published\.$/ },
    { case: "post: trusted needs no review", f: facts({ mode: "post", commenter: trusted }), outcome: "approved", needsReview: false },
    { case: "post: a suspect word holds", f: facts({ mode: "post", body: "moron" }), outcome: "pending", rules: ["suspect-word"] },
    { case: "post: too many links hold", f: facts({ mode: "post", body: "https://a.t https://b.t https://c.t" }), outcome: "pending", rules: ["links"] },
    { case: "open: a first-timer is held", f: facts({ mode: "open", commenter: newcomer }), outcome: "pending", rules: ["first-time"] },
    { case: "open: first-time hold switched off", f: facts({ mode: "open", commenter: newcomer, settings: settings({ holdFirstTime: false }) }), outcome: "approved", needsReview: false },
    { case: "open: a returning commenter is published", f: facts({ mode: "open" }), outcome: "approved", needsReview: false },
    { case: "open: a trusted commenter is published", f: facts({ mode: "open", commenter: trusted }), outcome: "approved", needsReview: false },
    { case: "open: holds add up", f: facts({ mode: "open", commenter: newcomer, body: "idiot www.a.t www.b.t www.c.t" }), outcome: "pending", rules: ["suspect-word", "links", "first-time"] },
    { case: "surge: an open story waits", f: facts({ article: article({ mode: "open", surgeAt: NOW }), commenter: trusted }), outcome: "pending", rules: ["surge"] },
  ];
  for (const c of cases) {
    it(c.case, () => {
      const verdict = decideComment(c.f);
      expect(verdict.outcome).toBe(c.outcome);
      if (c.needsReview !== undefined) expect(verdict.needsReview).toBe(c.needsReview);
      if (c.rules) expect(verdict.ruleHits.map((h) => h.rule)).toEqual(c.rules);
      if (c.message) expect(verdict.message).toMatch(c.message);
      expect(verdict.decisionReason).not.toBe("");
      expect(verdict.reason).toBe(c.outcome === "rejected" ? "It contains language we do not allow." : "");
    });
  }
});
