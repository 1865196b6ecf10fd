import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { commentDecisions, commenterBans, comments, siteSettings } from "@/db/schema";
import { COMMENT_AWAITING_MODERATION } from "@/lib/comment-policy";
import { DEFAULT_MODERATION_SETTINGS, type ModerationSettings } from "@/lib/moderation/settings";
import { hashStatusToken } from "@/lib/moderation/status-token";
import { revalidateArticleComments } from "@/lib/revalidate";
import { daysAgo, insertArticle, openFixture, type Fixture } from "@/lib/testing/articles-fixture";
import { submitComment } from "./submit-comment";

// Next's cache is not there under Vitest; what matters is that approved comments ask for it.
vi.mock("@/lib/revalidate", () => ({ revalidateArticleComments: vi.fn() }));

let f: Fixture;
let open = 0;
let closed = 0;
let draft = 0;
let approvedParent = 0;
let pendingParent = 0;

beforeAll(() => {
  f = openFixture();
  open = insertArticle(f, { slug: "open-story" });
  closed = insertArticle(f, { slug: "closed-story", commentsOpen: false });
  draft = insertArticle(f, { slug: "draft-story", status: "draft", publishedAt: null });
  const add = (status: "approved" | "pending") =>
    f.db
      .insert(comments)
      .values({
        articleId: open,
        authorName: "P",
        authorEmail: "p@x.test",
        body: "Parent",
        status,
        ipHash: "h",
      })
      .returning({ id: comments.id })
      .get().id;
  approvedParent = add("approved");
  pendingParent = add("pending");
});
afterAll(() => f.close());

let ipCounter = 0;
/** Request headers from an address of its own, so the per-address limit never spills over. */
const fromNewAddress = () => new Headers({ "x-forwarded-for": `203.0.113.${++ipCounter}` });
const valid = (overrides: Record<string, string> = {}) => ({
  articleId: String(open),
  parentId: "",
  name: "Rita Reader",
  email: "Rita@Example.test",
  body: "A fair point.\r\nSecond line.",
  website: "",
  ...overrides,
});
const stored = (body: string) => f.db.select().from(comments).where(eq(comments.body, body)).all();

describe("submitComment", () => {
  it("stores a valid comment as pending, with CRLF made LF, a lower-cased email and a hashed address", () => {
    const headers = new Headers({ "x-forwarded-for": "198.51.100.77" });
    expect(submitComment(valid({ body: "Stored once.\r\nTwo lines." }), headers)).toEqual({
      ok: true,
      message: COMMENT_AWAITING_MODERATION,
      outcome: "received",
      status: "pending",
      statusUrl: expect.stringMatching(/^\/comments\/status\//),
    });
    const [row] = stored("Stored once.\nTwo lines.");
    expect(row).toMatchObject({
      articleId: open,
      parentId: null,
      status: "pending",
      authorEmail: "rita@example.test",
    });
    expect(row!.ipHash).toMatch(/^[0-9a-f]{32}$/);
    expect(row!.ipHash).not.toContain("198.51.100.77");
  });

  it("stores a reply under an approved comment of the same article", () => {
    expect(
      submitComment(valid({ parentId: String(approvedParent), body: "A reply." }), fromNewAddress()).ok,
    ).toBe(true);
    expect(stored("A reply.")).toMatchObject([{ parentId: approvedParent, status: "pending" }]);
  });

  it("returns field errors from validation and stores nothing", () => {
    const result = submitComment(valid({ name: " ", email: "nope", body: "x" }), fromNewAddress());
    expect(result).toMatchObject({
      ok: false,
      outcome: "invalid",
      message: "Please correct the highlighted fields.",
    });
    expect(result.fieldErrors).toEqual({
      name: ["Enter your name."],
      email: ["Enter a valid email address."],
      body: ["Write a comment first."],
    });
  });

  it("answers a filled honeypot with the usual thanks and stores nothing", () => {
    expect(
      submitComment(valid({ website: "http://spam.example", body: "Bot text." }), fromNewAddress()),
    ).toMatchObject({
      ok: true,
      outcome: "received",
    });
    expect(stored("Bot text.")).toHaveLength(0);
  });

  const refusals = [
    {
      case: "a closed article",
      fields: () => valid({ articleId: String(closed) }),
      outcome: "closed",
      message: "Comments are closed on this article.",
    },
    {
      case: "an unpublished article",
      fields: () => valid({ articleId: String(draft) }),
      outcome: "unavailable",
      message: "This article is not available for comments.",
    },
    {
      case: "an unknown article",
      fields: () => valid({ articleId: "999999" }),
      outcome: "unavailable",
      message: "This article is not available for comments.",
    },
    {
      case: "a reply to a pending comment",
      fields: () => valid({ parentId: String(pendingParent) }),
      outcome: "parent-gone",
      message: "The comment you are replying to is no longer available.",
    },
  ] as const;
  for (const refusal of refusals) {
    it(`refuses ${refusal.case}`, () => {
      const body = `Refused: ${refusal.case}`;
      expect(submitComment({ ...refusal.fields(), body }, fromNewAddress())).toEqual({
        ok: false,
        outcome: refusal.outcome,
        message: refusal.message,
      });
      expect(stored(body)).toHaveLength(0);
    });
  }

  it("slows one address down after five comments, honeypot posts included", () => {
    const headers = fromNewAddress();
    for (let i = 0; i < 5; i++) expect(submitComment(valid({ website: "x" }), headers).ok).toBe(true);
    expect(submitComment(valid({ body: "Sixth." }), headers)).toMatchObject({
      ok: false,
      outcome: "rate-limited",
      message: expect.stringMatching(/wait ten minutes/),
    });
    expect(stored("Sixth.")).toHaveLength(0);
    // Another address is not affected.
    expect(submitComment(valid({ body: "Someone else." }), fromNewAddress()).ok).toBe(true);
  });
});

describe("submitComment with the moderation rules", () => {
  let n = 0;
  /** A fresh commenter and address each time, so history and flood limits are the test's own. */
  const post = (articleId: number, body: string, email = `c${++n}@rules.test`, headers = fromNewAddress()) =>
    submitComment(valid({ articleId: String(articleId), body, email }), headers);
  const applySettings = (over: Partial<ModerationSettings>) => {
    const value = { ...DEFAULT_MODERATION_SETTINGS, ...over };
    f.db.insert(siteSettings).values({ key: "moderation", value }).onConflictDoUpdate({ target: siteSettings.key, set: { value } }).run();
  };
  const decisionsOf = (id: number) => f.db.select().from(commentDecisions).where(eq(commentDecisions.commentId, id)).all();
  afterEach(() => {
    f.db.delete(siteSettings).where(eq(siteSettings.key, "moderation")).run();
    vi.mocked(revalidateArticleComments).mockClear();
  });

  it("rejects a banned word and stores it with the reason, the rule and an auto-reject decision", () => {
    applySettings({ bannedWords: ["scoundrel"] });
    const result = post(open, "You SCOUNDREL.");
    expect(result).toMatchObject({
      ok: false,
      outcome: "rejected",
      status: "rejected",
      message: "Your comment could not be published: it contains language we do not allow.",
    });
    const [row] = stored("You SCOUNDREL.");
    expect(row).toMatchObject({ status: "rejected", reason: "It contains language we do not allow.", ruleHits: [{ rule: "banned-word", detail: "scoundrel" }] });
    expect(row!.statusTokenHash).toBe(hashStatusToken(result.statusUrl!.split("/").pop()!));
    expect(decisionsOf(row!.id)).toMatchObject([{ action: "auto-reject", actorId: null, toStatus: "rejected" }]);
  });

  it("holds a suspect word on a post-moderated story, saying which", () => {
    const post_ = insertArticle(f, { slug: "post-story-suspect", commentModeration: "post" });
    applySettings({ suspectWords: ["nitwit"] });
    expect(post(post_, "Nitwit take.")).toMatchObject({ ok: true, outcome: "received", status: "pending" });
    const [row] = stored("Nitwit take.");
    expect(row).toMatchObject({ status: "pending", needsReview: false, ruleHits: [{ rule: "suspect-word", detail: "nitwit" }] });
    expect(decisionsOf(row!.id)).toMatchObject([{ action: "auto-hold", reason: "Suspect words: nitwit" }]);
  });

  it("publishes at once on a post-moderated story, marks it for review and refreshes the page", () => {
    const story = insertArticle(f, { slug: "post-story", commentModeration: "post" });
    expect(post(story, "Published straight away.")).toMatchObject({ ok: true, outcome: "published", status: "approved", message: "Your comment is published." });
    expect(stored("Published straight away.")).toMatchObject([{ status: "approved", needsReview: true, ruleHits: [] }]);
    expect(revalidateArticleComments).toHaveBeenCalledWith("post-story");
  });

  it("on an open story holds a first-timer and publishes a trusted commenter without review", () => {
    const story = insertArticle(f, { slug: "open-mode-story", commentModeration: "open" });
    expect(post(story, "My first words.")).toMatchObject({ status: "pending" });
    expect(stored("My first words.")[0]!.ruleHits).toEqual([{ rule: "first-time" }]);
    const regular = "regular@rules.test";
    for (let i = 0; i < 3; i++)
      f.db.insert(comments).values({ articleId: open, authorName: "R", authorEmail: regular, body: `old ${i}`, status: "approved", ipHash: "h" }).run();
    expect(post(story, "Trusted words.", regular)).toMatchObject({ status: "approved", outcome: "published" });
    expect(stored("Trusted words.")).toMatchObject([{ status: "approved", needsReview: false }]);
  });

  it("keeps everything waiting while a story surges", () => {
    const story = insertArticle(f, { slug: "surging-story", commentModeration: "open", commentSurgeAt: new Date() });
    expect(post(story, "During the surge.", "regular@rules.test")).toMatchObject({ status: "pending" });
    expect(stored("During the surge.")[0]!.ruleHits).toEqual([{ rule: "surge" }]);
  });

  const refusals = [
    {
      case: "a banned email",
      arrange: () => f.db.insert(commenterBans).values({ email: "banned@rules.test", reason: "Abuse" }).run(),
      email: "banned@rules.test",
      outcome: "banned",
      message: "Your comment could not be posted.",
    },
    {
      case: "a suspension that has not ended",
      arrange: () => f.db.insert(commenterBans).values({ email: "suspended@rules.test", reason: "x", expiresAt: new Date(Date.now() + 3_600_000) }).run(),
      email: "suspended@rules.test",
      outcome: "banned",
      message: "Your comment could not be posted.",
    },
    {
      case: "a story past the site's close days",
      arrange: () => applySettings({ closeAfterDays: 2 }),
      article: () => insertArticle(f, { slug: "old-story", publishedAt: daysAgo(3) }),
      outcome: "closed",
      message: "Comments are closed on this article.",
    },
  ];
  for (const r of refusals) {
    it(`refuses ${r.case} and stores nothing`, () => {
      r.arrange();
      const body = `Refused rule: ${r.case}`;
      expect(post(r.article?.() ?? open, body, r.email)).toEqual({ ok: false, outcome: r.outcome, message: r.message });
      expect(stored(body)).toHaveLength(0);
    });
  }

  it("lets a commenter post again once a ban is lifted or a suspension has ended", () => {
    f.db.insert(commenterBans).values({ email: "lifted@rules.test", reason: "x", liftedAt: new Date() }).run();
    f.db.insert(commenterBans).values({ email: "lifted@rules.test", reason: "x", expiresAt: new Date(Date.now() - 1000) }).run();
    expect(post(open, "Back again.", "lifted@rules.test")).toMatchObject({ ok: true, status: "pending" });
  });

  it("refuses a commenter past the flood limit, from any address", () => {
    applySettings({ floodPerCommenter: { max: 2, minutes: 10 } });
    const email = "flood@rules.test";
    expect(post(open, "Flood one.", email).ok).toBe(true);
    expect(post(open, "Flood two.", email).ok).toBe(true);
    expect(post(open, "Flood three.", email)).toMatchObject({ ok: false, outcome: "flood", message: expect.stringMatching(/posted 2 comments in the last 10 minutes/) });
    expect(stored("Flood three.")).toHaveLength(0);
  });
});
