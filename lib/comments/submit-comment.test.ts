import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { comments } from "@/db/schema";
import { COMMENT_AWAITING_MODERATION } from "@/lib/comment-policy";
import { insertArticle, openFixture, type Fixture } from "@/lib/testing/articles-fixture";
import { submitComment } from "./submit-comment";

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
