import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { articles, auditLog, comments, sections, siteSettings } from "@/db/schema";
import { DEFAULT_MODERATION_SETTINGS, type ModerationSettings } from "@/lib/moderation/settings";
import { daysAgo, insertArticle, openFixture, plainSave, type Fixture } from "@/lib/testing/articles-fixture";
import { getArticleForEdit } from "./article-editor";
import {
  endSurge,
  getCommentAvailability,
  getCommenterHistory,
  listSurgingArticles,
  postComment,
  type NewReaderComment,
} from "./comment-posting";
import { getModerationSettings, listSectionCloseDays, saveModerationSettings } from "./moderation-settings";

let f: Fixture;
beforeAll(() => {
  f = openFixture();
});
afterAll(() => f.close());
afterEach(() => {
  f.db.delete(siteSettings).where(eq(siteSettings.key, "moderation")).run();
});

const applySettings = (over: Partial<ModerationSettings>) => {
  const value = { ...DEFAULT_MODERATION_SETTINGS, ...over };
  f.db.insert(siteSettings).values({ key: "moderation", value }).onConflictDoUpdate({ target: siteSettings.key, set: { value } }).run();
};
let n = 0;
const comment = (articleId: number, over: Partial<NewReaderComment> = {}): NewReaderComment => ({
  articleId,
  parentId: null,
  authorName: "Poster",
  authorEmail: `poster${++n}@posting.test`,
  body: `Comment ${n}`,
  ipHash: `ip${n}`,
  ...over,
});

describe("postComment", () => {
  it("says an unpublished article is unavailable and stores nothing", () => {
    const draft = insertArticle(f, { slug: "posting-draft", status: "draft", publishedAt: null });
    expect(postComment(comment(draft))).toEqual({ kind: "unavailable" });
  });

  it("stores the lower-cased email and the token's hash, never the token", () => {
    const story = insertArticle(f, { slug: "posting-store" });
    const result = postComment(comment(story, { authorEmail: "MiXeD@Posting.Test", body: "Case check" }));
    if (result.kind !== "stored") throw new Error(result.kind);
    const row = f.db.select().from(comments).where(eq(comments.id, result.id)).get()!;
    expect(row.authorEmail).toBe("mixed@posting.test");
    expect(row.statusTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.statusTokenHash).not.toBe(result.statusToken);
  });
});

describe("getCommenterHistory", () => {
  it("counts approved comments, recent statuses and both flood windows", () => {
    const story = insertArticle(f, { slug: "posting-history" });
    const email = "history@posting.test";
    const add = (status: "approved" | "rejected", minutesAgo: number, ipHash = "hist-ip") =>
      f.db
        .insert(comments)
        .values({ articleId: story, authorName: "H", authorEmail: email, body: "x", status, ipHash, createdAt: new Date(Date.now() - minutesAgo * 60_000) })
        .run();
    add("approved", 120);
    add("approved", 30);
    add("rejected", 5);
    add("approved", 1, "other-ip");
    const history = getCommenterHistory(email, "hist-ip", { ...DEFAULT_MODERATION_SETTINGS, floodPerIp: { max: 5, minutes: 60 } });
    expect(history).toEqual({ approvedCount: 3, recentStatuses: ["approved", "rejected", "approved"], recentByEmail: 2, recentByIp: 2, banned: false });
  });
});

describe("surge protection", () => {
  const surge = { enabled: true, windowMinutes: 30, minComments: 4, threshold: 0.5 };

  it("switches an open story to pre-moderation once, records it, and a moderator ends it", () => {
    applySettings({ defaultMode: "open", suspectWords: ["nitwit"], surge });
    const story = insertArticle(f, { slug: "posting-surge" });
    const results = ["Fine", "nitwit", "nitwit again", "fine too"].map((body) => postComment(comment(story, { body })));
    expect(results.map((r) => r.kind === "stored" && r.surgeStarted)).toEqual([false, false, false, true]);
    expect(listSurgingArticles()).toMatchObject([{ id: story, slug: "posting-surge" }]);
    const audit = f.db.select().from(auditLog).where(and(eq(auditLog.action, "comment.surge"), eq(auditLog.articleId, story))).all();
    expect(audit).toMatchObject([{ actorId: null, targetType: "article", targetId: story }]);
    expect(audit[0]!.summary).toMatch(/2 of 4 comments/);

    // While it lasts, everything waits, and it is not switched on again.
    const during = postComment(comment(story, { body: "During" }));
    expect(during).toMatchObject({ kind: "stored", surgeStarted: false, verdict: { outcome: "pending" } });

    expect(endSurge(story, f.userId)).toBe(true);
    expect(endSurge(story, f.userId)).toBe(false);
    expect(listSurgingArticles().map((a) => a.id)).not.toContain(story);
    expect(f.db.select().from(auditLog).where(and(eq(auditLog.action, "comment.surge"), eq(auditLog.actorId, f.userId))).all()).toHaveLength(1);
  });

  it("does not count first-time holds, stays off below the minimum, and never fires on pre-moderated stories", () => {
    applySettings({ defaultMode: "open", suspectWords: ["nitwit"], surge });
    const calm = insertArticle(f, { slug: "posting-calm" });
    for (let i = 0; i < 6; i++) postComment(comment(calm));
    const few = insertArticle(f, { slug: "posting-few" });
    for (let i = 0; i < 3; i++) postComment(comment(few, { body: "nitwit" }));
    const pre = insertArticle(f, { slug: "posting-pre", commentModeration: "pre" });
    for (let i = 0; i < 5; i++) postComment(comment(pre, { body: "nitwit" }));
    const ids = listSurgingArticles().map((a) => a.id);
    expect(ids).not.toContain(calm);
    expect(ids).not.toContain(few);
    expect(ids).not.toContain(pre);
  });

  it("counts reported comments as trouble", () => {
    applySettings({ defaultMode: "post", surge: { ...surge, minComments: 2 } });
    const story = insertArticle(f, { slug: "posting-reported" });
    postComment(comment(story));
    f.db.update(comments).set({ reportCount: 2 }).where(eq(comments.articleId, story)).run();
    expect(postComment(comment(story))).toMatchObject({ surgeStarted: true });
    expect(f.db.select({ at: articles.commentSurgeAt }).from(articles).where(eq(articles.id, story)).get()!.at).not.toBeNull();
  });
});

describe("getCommentAvailability", () => {
  it("follows the switch, the site's days and the section's override", () => {
    applySettings({ closeAfterDays: 5 });
    const fresh = insertArticle(f, { slug: "avail-fresh", publishedAt: daysAgo(1) });
    const old = insertArticle(f, { slug: "avail-old", publishedAt: daysAgo(10) });
    const off = insertArticle(f, { slug: "avail-off", commentsOpen: false });
    expect(getCommentAvailability(fresh)).toMatchObject({ open: true, closesAt: expect.any(Date) });
    expect(getCommentAvailability(old)).toMatchObject({ open: false });
    expect(getCommentAvailability(off)).toMatchObject({ open: false });
    f.db.update(sections).set({ commentCloseDays: 0 }).where(eq(sections.id, f.sectionId)).run();
    expect(getCommentAvailability(old)).toEqual({ open: true, closesAt: null });
    f.db.update(sections).set({ commentCloseDays: null }).where(eq(sections.id, f.sectionId)).run();
    expect(getCommentAvailability(999_999)).toBeUndefined();
  });
});

describe("saveModerationSettings", () => {
  it("stores validated settings and section days with one audit entry", () => {
    const settings = { ...DEFAULT_MODERATION_SETTINGS, defaultMode: "post" as const, bannedWords: ["X ", "x"] };
    saveModerationSettings(settings, new Map([[f.sectionId, 9]]), { actorId: f.userId, summary: "Changed" });
    expect(getModerationSettings()).toMatchObject({ defaultMode: "post", bannedWords: ["x"] });
    expect(listSectionCloseDays().find((s) => s.id === f.sectionId)?.commentCloseDays).toBe(9);
    expect(f.db.select().from(auditLog).where(eq(auditLog.action, "comment.settings")).all()).toMatchObject([{ actorId: f.userId, summary: "Changed" }]);
    f.db.update(sections).set({ commentCloseDays: null }).where(eq(sections.id, f.sectionId)).run();
  });

  it("refuses invalid settings and changes nothing", () => {
    const bad = { ...DEFAULT_MODERATION_SETTINGS, maxLinks: -1 };
    expect(() => saveModerationSettings(bad, new Map(), { actorId: f.userId, summary: "Bad" })).toThrow();
    expect(getModerationSettings().maxLinks).toBe(2);
  });
});

describe("the editor's moderation mode", () => {
  it("is saved with the story, and kept when a save leaves it out", () => {
    const id = insertArticle(f, { slug: "posting-editor-mode" });
    expect(getArticleForEdit(id)!.commentModeration).toBe("default");
    plainSave(id, f.userId, { commentModeration: "post" });
    expect(getArticleForEdit(id)!.commentModeration).toBe("post");
    plainSave(id, f.userId, { headline: "Renamed" });
    expect(getArticleForEdit(id)!.commentModeration).toBe("post");
  });
});
