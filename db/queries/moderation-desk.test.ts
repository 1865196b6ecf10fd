import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import {
  articles,
  auditLog,
  commentAppeals,
  commentDecisions,
  commentReports,
  comments,
  sections,
  users,
  type CommentStatus,
  type RuleHit,
} from "@/db/schema";
import { claimComment, releaseClaim } from "./moderation-claims";
import { decideAppeal, decideComment, setFeatured, undoLastDecision } from "./moderation-decisions";
import { countQueues, getDeskItem, listQueue } from "./moderation-queues";

let mod = 0;
let ed = 0;
let news = 0;
let sport = 0;
let flood = 0;
let match = 0;
const at = (m: number) => new Date(Date.UTC(2030, 0, 1, 12, 0) - m * 60_000);

function add(v: {
  body: string;
  status?: CommentStatus;
  minutesAgo?: number;
  article?: number;
  email?: string;
  reportCount?: number;
  needsReview?: boolean;
  ruleHits?: RuleHit[];
  parentId?: number;
}) {
  const { minutesAgo = 10, article, email, ...rest } = v;
  return db
    .insert(comments)
    .values({
      articleId: article ?? flood,
      authorName: `Reader ${v.body.slice(0, 12)}`,
      authorEmail: email ?? "reader@example.test",
      ipHash: "abc123def456",
      createdAt: at(minutesAgo),
      ...rest,
    })
    .returning({ id: comments.id })
    .get().id;
}
const statusOf = (id: number) => db.select().from(comments).where(eq(comments.id, id)).get()!;
const ids = (q: Parameters<typeof listQueue>[0]) => listQueue(q).items.map((i) => i.id);

beforeAll(() => {
  const staff = db
    .insert(users)
    .values([
      { email: "mod@example.test", name: "Jun Okafor", slug: "jun", passwordHash: "x", role: "moderator" },
      { email: "ed@example.test", name: "Priya Raman", slug: "priya", passwordHash: "x", role: "editor" },
    ])
    .returning({ id: users.id })
    .all();
  mod = staff[0]!.id;
  ed = staff[1]!.id;
  const s = db.insert(sections).values([{ slug: "news", name: "News" }, { slug: "sport", name: "Sport" }]).returning().all();
  news = s[0]!.id;
  sport = s[1]!.id;
  const a = db
    .insert(articles)
    .values([
      { slug: "flood", headline: "Flood barrier", status: "published", sectionId: news, createdById: ed },
      { slug: "match", headline: "Cup final", status: "published", sectionId: sport, createdById: ed },
    ])
    .returning({ id: articles.id })
    .all();
  flood = a[0]!.id;
  match = a[1]!.id;
});

describe("queues, filters and search", () => {
  it("puts comments in the right queues, oldest waiting first, and counts them", () => {
    const before = countQueues();
    const old = add({ body: "queue old pending", minutesAgo: 90 });
    const young = add({ body: "queue young pending", minutesAgo: 5 });
    const reported = add({ body: "queue reported", status: "approved", reportCount: 2 });
    const review = add({ body: "queue review", status: "approved", needsReview: true });
    const rejected = add({ body: "queue appealed", status: "rejected" });
    db.insert(commentAppeals).values({ commentId: rejected, message: "Please look again", createdAt: at(3) }).run();
    db.insert(commentReports)
      .values([
        { commentId: reported, reason: "abuse", reporterHash: "r1", createdAt: at(8) },
        { commentId: reported, reason: "abuse", reporterHash: "r2", createdAt: at(7) },
        { commentId: reported, reason: "spam", reporterHash: "r3", createdAt: at(6) },
      ])
      .run();

    const pending = ids({ queue: "pending" });
    expect(pending.indexOf(old)).toBeLessThan(pending.indexOf(young));
    expect(ids({ queue: "reported" })).toContain(reported);
    expect(ids({ queue: "review" })).toContain(review);
    expect(ids({ queue: "appeals" })).toContain(rejected);
    const after = countQueues();
    expect(after.pending).toBe(before.pending + 2);
    expect(after.reported).toBe(before.reported + 1);
    expect(after.review).toBe(before.review + 1);
    expect(after.appeals).toBe(before.appeals + 1);
    expect(after.approved).toBe(before.approved + 2);

    const item = listQueue({ queue: "reported" }).items.find((i) => i.id === reported)!;
    expect(item.reports).toEqual([
      { reason: "abuse", count: 2 },
      { reason: "spam", count: 1 },
    ]);
    expect(item.waitingSince).toEqual(at(8));
    const appeal = listQueue({ queue: "appeals" }).items.find((i) => i.id === rejected)!;
    expect(appeal.appeal).toEqual({ message: "Please look again", createdAt: at(3) });
    expect(appeal.waitingSince).toEqual(at(3));
  });

  it("filters by article, section, commenter and date, and searches the text safely", () => {
    const a = add({ body: "the barrier leaked at dawn", article: flood, email: "sam@example.test", minutesAgo: 60 * 24 * 3 });
    const b = add({ body: "what a goal in the final", article: match, email: "kim@example.test" });
    expect(ids({ queue: "pending", filter: { articleId: match } })).toEqual([b]);
    expect(ids({ queue: "pending", filter: { sectionId: sport } })).toEqual([b]);
    expect(ids({ queue: "pending", filter: { email: "SAM@example.test" } })).toEqual([a]);
    expect(ids({ queue: "pending", filter: { q: "barrier leak" } })).toEqual([a]);
    // FTS syntax is plain text: quotes and stars are dropped, OR is a word to find.
    expect(ids({ queue: "pending", filter: { q: 'goal"* (^final' } })).toEqual([b]);
    expect(ids({ queue: "pending", filter: { q: "barrier OR goal" } })).toEqual([]);
    expect(ids({ queue: "pending", filter: { q: "***" } })).toEqual([]);
    const day = at(60 * 24 * 3).toISOString().slice(0, 10);
    expect(ids({ queue: "pending", filter: { from: day, to: day } })).toEqual([a]);
    expect(countQueues({ articleId: match }).pending).toBe(1);
  });

  it("carries rule hits to the desk", () => {
    const id = add({ body: "you utter idiot", ruleHits: [{ rule: "suspect-word", detail: "idiot" }] });
    expect(getDeskItem(id)?.ruleHits).toEqual([{ rule: "suspect-word", detail: "idiot" }]);
  });
});

describe("decisions, audit and undo", () => {
  it("rejects with a reason, records the decision and the audit entry, and undoes it", () => {
    const id = add({ body: "decision reject" });
    const result = decideComment({ id, expected: "pending", to: "rejected", reason: "Off-topic", actorId: mod });
    expect(result).toMatchObject({ ok: true, from: "pending", to: "rejected", readersSeeChange: false, slug: "flood" });
    expect(statusOf(id)).toMatchObject({ status: "rejected", reason: "Off-topic", moderatedById: mod });
    const audit = db.select().from(auditLog).where(eq(auditLog.targetId, id)).all();
    expect(audit).toMatchObject([{ action: "comment.reject", targetType: "comment", articleId: flood, actorId: mod }]);
    expect(audit[0]!.summary).toContain("(Off-topic)");

    expect(decideComment({ id, expected: "pending", to: "approved", actorId: ed })).toEqual({ ok: false, why: "moved" });
    expect(getDeskItem(id)?.undoable).toBe(true);

    expect(undoLastDecision({ id, actorId: ed })).toMatchObject({ ok: true, from: "rejected", to: "pending" });
    expect(statusOf(id)).toMatchObject({ status: "pending", reason: "", moderatedById: null });
    const history = db.select().from(commentDecisions).where(eq(commentDecisions.commentId, id)).all();
    expect(history.map((h) => [h.action, h.undoneAt !== null])).toEqual([
      ["reject", true],
      ["undo", false],
    ]);
    expect(undoLastDecision({ id, actorId: ed })).toEqual({ ok: false, why: "nothing" });
  });

  it("keeps a reported comment, resolving its reports; undo reopens them", () => {
    const id = add({ body: "decision keep", status: "approved", reportCount: 1 });
    db.insert(commentReports).values({ commentId: id, reason: "abuse", reporterHash: "k1" }).run();
    expect(decideComment({ id, expected: "approved", to: "approved", actorId: mod })).toMatchObject({ ok: true, readersSeeChange: false });
    expect(statusOf(id).reportCount).toBe(0);
    expect(ids({ queue: "reported" })).not.toContain(id);
    // Nothing left to keep: a second "keep" is refused.
    expect(decideComment({ id, expected: "approved", to: "approved", actorId: mod })).toEqual({ ok: false, why: "moved" });
    undoLastDecision({ id, actorId: mod });
    expect(statusOf(id).reportCount).toBe(1);
    expect(ids({ queue: "reported" })).toContain(id);
  });

  it("restores a post-moderated comment's review flag exactly as it was before the undone decision", () => {
    // Under review: rejecting it clears the flag; undo brings it back.
    const reviewed = add({ body: "review reject", status: "approved", needsReview: true });
    decideComment({ id: reviewed, expected: "approved", to: "rejected", actorId: mod });
    expect(statusOf(reviewed).needsReview).toBe(false);
    undoLastDecision({ id: reviewed, actorId: mod });
    expect(statusOf(reviewed)).toMatchObject({ status: "approved", needsReview: true });
    // Not under review: undoing a rejection does not invent a review.
    const plain = add({ body: "plain reject", status: "approved" });
    decideComment({ id: plain, expected: "approved", to: "rejected", actorId: mod });
    undoLastDecision({ id: plain, actorId: mod });
    expect(statusOf(plain)).toMatchObject({ status: "approved", needsReview: false });
  });

  it("features (publishing a pending comment) and unfeatures", () => {
    const id = add({ body: "decision feature" });
    expect(setFeatured({ id, expected: "pending", featured: true, actorId: mod })).toMatchObject({ ok: true, to: "approved", readersSeeChange: true });
    expect(statusOf(id)).toMatchObject({ status: "approved", featured: true });
    expect(undoLastDecision({ id, actorId: mod })).toMatchObject({ ok: true, to: "pending" });
    expect(statusOf(id)).toMatchObject({ status: "pending", featured: false });
  });

  it("decides appeals both ways", () => {
    const kept = add({ body: "appeal kept", status: "rejected" });
    const freed = add({ body: "appeal freed", status: "rejected" });
    db.insert(commentAppeals).values([{ commentId: kept, message: "m" }, { commentId: freed, message: "m" }]).run();
    expect(decideAppeal({ id: kept, outcome: "upheld", actorId: mod })).toMatchObject({ ok: true, to: "rejected" });
    expect(decideAppeal({ id: freed, outcome: "overturned", actorId: mod })).toMatchObject({ ok: true, to: "approved", readersSeeChange: true });
    expect(decideAppeal({ id: kept, outcome: "overturned", actorId: mod })).toEqual({ ok: false, why: "moved" });
    expect(statusOf(freed).status).toBe("approved");
    expect(db.select().from(commentAppeals).where(eq(commentAppeals.commentId, kept)).get()?.outcome).toBe("upheld");
    expect(ids({ queue: "appeals" })).not.toContain(kept);
    undoLastDecision({ id: kept, actorId: mod });
    expect(ids({ queue: "appeals" })).toContain(kept);
  });

  it("clears many in bulk, one decision each, skipping what moved", () => {
    const many = Array.from({ length: 5 }, (_, i) => add({ body: `bulk ${i}` }));
    decideComment({ id: many[0]!, expected: "pending", to: "spam", actorId: ed });
    const results = many.map((id) => decideComment({ id, expected: "pending", to: "approved", actorId: mod }));
    expect(results.filter((r) => r.ok)).toHaveLength(4);
    expect(many.map((id) => statusOf(id).status)).toEqual(["spam", "approved", "approved", "approved", "approved"]);
  });
});

describe("claims", () => {
  it("holds a comment for two minutes, refuses others' decisions, and is released by a decision", () => {
    const id = add({ body: "claimed" });
    const now = new Date();
    expect(claimComment({ commentId: id, userId: mod, now })).toMatchObject({ ok: true });
    expect(claimComment({ commentId: id, userId: ed, now })).toEqual({ ok: false, claimedBy: "Jun Okafor" });
    expect(getDeskItem(id, now)?.claim).toMatchObject({ userId: mod, name: "Jun Okafor" });
    expect(decideComment({ id, expected: "pending", to: "approved", actorId: ed, now })).toEqual({ ok: false, why: "claimed", claimedBy: "Jun Okafor" });
    // Re-claiming extends the same person's hold.
    expect(claimComment({ commentId: id, userId: mod, now: new Date(now.getTime() + 60_000) })).toMatchObject({ ok: true });
    expect(decideComment({ id, expected: "pending", to: "approved", actorId: mod, now })).toMatchObject({ ok: true });
    expect(getDeskItem(id)?.claim).toBeNull();
  });

  it("ignores an expired claim, and a release lets others in at once", () => {
    const id = add({ body: "expired claim" });
    const now = new Date();
    claimComment({ commentId: id, userId: mod, now });
    const later = new Date(now.getTime() + 2 * 60_000 + 1000);
    expect(getDeskItem(id, later)?.claim).toBeNull();
    expect(claimComment({ commentId: id, userId: ed, now: later })).toMatchObject({ ok: true });
    releaseClaim({ commentId: id, userId: mod }); // not theirs any more: no effect
    expect(claimComment({ commentId: id, userId: mod, now: later })).toEqual({ ok: false, claimedBy: "Priya Raman" });
    releaseClaim({ commentId: id, userId: ed });
    expect(claimComment({ commentId: id, userId: mod, now: later })).toMatchObject({ ok: true });
    expect(claimComment({ commentId: 9_999_999, userId: mod })).toEqual({ ok: false, missing: true });
  });
});
