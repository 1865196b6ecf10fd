import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { articles, auditLog, comments, sections, users } from "@/db/schema";
import { recordAudit } from "./audit";
import { listAuditEntries } from "./audit-log";
import { addCommenterNote, banCommenter, getCommenter, liftBan } from "./moderation-commenters";
import { decideComment } from "./moderation-decisions";

let mod = 0;
let article = 0;
let other = 0;
const add = (body: string, email: string, ipHash = "ffeeddccbbaa9988", articleId = article) =>
  db.insert(comments).values({ articleId, authorName: "Sam", authorEmail: email, body, ipHash }).returning({ id: comments.id }).get().id;

beforeAll(() => {
  mod = db
    .insert(users)
    .values({ email: "mod@example.test", name: "Jun Okafor", slug: "jun", passwordHash: "x", role: "moderator" })
    .returning({ id: users.id })
    .get().id;
  const section = db.insert(sections).values({ slug: "news", name: "News" }).returning().get();
  const rows = db
    .insert(articles)
    .values([
      { slug: "flood", headline: "Flood barrier", status: "published", sectionId: section.id, createdById: mod },
      { slug: "bridge", headline: "Bridge vote", status: "published", sectionId: section.id, createdById: mod },
    ])
    .returning({ id: articles.id })
    .all();
  article = rows[0]!.id;
  other = rows[1]!.id;
});

describe("commenter history, bans and notes", () => {
  it("gathers every comment by email across stories, with counts", () => {
    const a = add("first", "sam@example.test");
    add("second", "sam@example.test", "1111", other);
    add("someone else", "kim@example.test");
    decideComment({ id: a, expected: "pending", to: "rejected", reason: "Off-topic", actorId: mod });
    const sam = getCommenter("SAM@example.test")!;
    expect(sam.comments).toHaveLength(2);
    expect(sam.counts).toMatchObject({ pending: 1, rejected: 1 });
    expect(sam.comments.find((c) => c.id === a)).toMatchObject({ status: "rejected", reason: "Off-topic", article: { headline: "Flood barrier" } });
    expect(getCommenter("nobody@example.test")).toBeNull();
  });

  it("bans by email and address, suspends for a time, lifts, and audits each", () => {
    const c = add("ban me", "troll@example.test", "aabbccddeeff0011");
    const now = new Date();
    expect(banCommenter({ email: "troll@example.test", byEmail: true, ipFromCommentId: c, reason: "Abuse", expiresAt: null, actorId: mod, now })).not.toBeNull();
    // An address from someone else's comment is refused.
    const theirs = add("innocent", "kim2@example.test");
    expect(banCommenter({ email: "troll@example.test", byEmail: false, ipFromCommentId: theirs, reason: "x", expiresAt: null, actorId: mod })).toBeNull();
    const week = new Date(now.getTime() + 7 * 86_400_000);
    banCommenter({ email: "troll@example.test", byEmail: true, reason: "Cool off", expiresAt: week, actorId: mod, now });
    let bans = getCommenter("troll@example.test", now)!.bans;
    expect(bans.map((b) => [b.reason, b.active, b.email, b.ipLabel !== null])).toEqual([
      ["Cool off", true, "troll@example.test", false],
      ["Abuse", true, "troll@example.test", true],
    ]);
    expect(getCommenter("troll@example.test", new Date(week.getTime() + 1000))!.bans[0]!.active).toBe(false);
    expect(liftBan({ banId: bans[1]!.id, actorId: mod })).toEqual({ email: "troll@example.test" });
    expect(liftBan({ banId: bans[1]!.id, actorId: mod })).toBeNull();
    bans = getCommenter("troll@example.test", now)!.bans;
    expect(bans[1]).toMatchObject({ active: false, liftedByName: "Jun Okafor" });
    const actions = db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actorId, mod)).all().map((r) => r.action);
    expect(actions.filter((a) => a === "comment.ban")).toHaveLength(2);
    expect(actions).toContain("comment.unban");
  });

  it("keeps moderator notes per commenter, audited", () => {
    add("noted", "noted@example.test");
    addCommenterNote({ email: "Noted@example.test", body: "Regular, usually fine", actorId: mod });
    expect(getCommenter("noted@example.test")!.notes).toMatchObject([{ body: "Regular, usually fine", authorName: "Jun Okafor" }]);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "comment.note")).all()).toHaveLength(1);
  });
});

describe("the audit trail", () => {
  it("filters the audit log by story and by comment", () => {
    const c = add("audited comment", "audit@example.test", "ab", other);
    decideComment({ id: c, expected: "pending", to: "approved", actorId: mod });
    recordAudit({ actorId: mod, action: "article.publish", targetType: "article", targetId: other, summary: "Published" });
    const byStory = listAuditEntries({ articleId: other, page: 1 }).rows;
    expect(byStory.map((r) => r.action).sort()).toEqual(["article.publish", "comment.approve"]);
    expect(byStory.every((r) => r.story?.id === other)).toBe(true);
    const byComment = listAuditEntries({ commentId: c, page: 1 }).rows;
    expect(byComment).toMatchObject([{ action: "comment.approve", targetLabel: "Comment by Sam", targetId: c }]);
  });
});
