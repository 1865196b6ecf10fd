import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, auditLog, comments, correctionDrafts } from "@/db/schema";
import { daysAgo, insertArticle, openFixture, type Fixture } from "@/lib/testing/articles-fixture";
import { getPublishedArticleBySlug } from "./articles";
import {
  countOpenCorrectionDrafts,
  dismissCorrectionDraft,
  listCorrectionDrafts,
  listCorrectionDraftsForComment,
  listOpenDraftsForArticle,
  publishCorrectionDraft,
  raiseChallenge,
  saveCorrectionDraft,
} from "./correction-drafts";
import { countPublicCorrections, listCorrectionsForArticle, listPublicCorrections } from "./corrections";

let f: Fixture;
beforeAll(() => {
  f = openFixture();
});
afterAll(() => f.close());

let n = 0;
function story(values: Partial<typeof articles.$inferInsert> = {}) {
  n += 1;
  const slug = `challenged-${n}`;
  const id = insertArticle(f, { slug, headline: `Challenged story ${n}`, publishedAt: daysAgo(2), ...values });
  const comment = f.db
    .insert(comments)
    .values({ articleId: id, authorName: "Ruth", authorEmail: `ruth${n}@example.test`, body: "It is 3 m, not 30 m.", status: "approved" })
    .returning({ id: comments.id })
    .get().id;
  return { id, slug, comment };
}

const challenge = (commentId: number, note = "Barrier height given as 30 m") =>
  raiseChallenge({ commentId, note, actorId: f.userId });

describe("raising a factual challenge", () => {
  it("opens a draft on the comment's story, linked to it, and logs the challenge", () => {
    const s = story();
    const before = countOpenCorrectionDrafts();
    const raised = challenge(s.comment);
    expect(raised).toMatchObject({ ok: true, articleId: s.id, headline: `Challenged story ${n}` });
    expect(countOpenCorrectionDrafts()).toBe(before + 1);
    expect(listOpenDraftsForArticle(s.id)).toMatchObject([
      {
        status: "open",
        kind: "correction",
        note: "Barrier height given as 30 m",
        body: "Barrier height given as 30 m",
        comment: { id: s.comment, authorName: "Ruth", body: "It is 3 m, not 30 m." },
        article: { id: s.id, slug: s.slug },
      },
    ]);
    const logged = f.db
      .select({ articleId: auditLog.articleId, targetId: auditLog.targetId })
      .from(auditLog)
      .where(and(eq(auditLog.action, "comment.challenge"), eq(auditLog.targetId, s.comment)))
      .all();
    expect(logged).toEqual([{ articleId: s.id, targetId: s.comment }]);
  });

  it("keeps one open draft per comment, and refuses a comment that does not exist", () => {
    const s = story();
    const first = challenge(s.comment);
    expect(challenge(s.comment, "again")).toEqual({ ok: false, reason: "already-open", draftId: first.ok ? first.draftId : -1, articleId: s.id });
    expect(listCorrectionDraftsForComment(s.comment)).toHaveLength(1);
    expect(challenge(9_999_999)).toEqual({ ok: false, reason: "no-comment" });
  });

  it("never shows a draft to readers: public corrections and the updated time stay as they were", () => {
    const s = story();
    const publicBefore = countPublicCorrections();
    challenge(s.comment);
    expect(countPublicCorrections()).toBe(publicBefore);
    expect(listCorrectionsForArticle(s.id)).toEqual([]);
    expect(getPublishedArticleBySlug(s.slug)?.substantiveUpdatedAt).toBeNull();
  });
});

describe("an editor's answer", () => {
  it("saves the draft's text while it is open, on its own story only", () => {
    const s = story();
    const other = story();
    const raised = challenge(s.comment);
    if (!raised.ok) throw new Error("not raised");
    expect(saveCorrectionDraft({ id: raised.draftId, articleId: other.id, kind: "update", body: "x" })).toBe(false);
    expect(saveCorrectionDraft({ id: raised.draftId, articleId: s.id, kind: "clarification", body: "The barrier is 3 m." })).toBe(true);
    expect(listOpenDraftsForArticle(s.id)).toMatchObject([{ kind: "clarification", body: "The barrier is 3 m." }]);
  });

  it("publishes it as a correction with the text sent, moving the story's updated time, once", () => {
    const s = story();
    const raised = challenge(s.comment);
    if (!raised.ok) throw new Error("not raised");
    const now = new Date("2031-05-01T09:00:00Z");
    const result = publishCorrectionDraft({
      id: raised.draftId,
      articleId: s.id,
      kind: "correction",
      body: "The barrier is 3 metres high, not 30.",
      actorId: f.userId,
      now,
    });
    expect(result).toEqual({
      ok: true,
      slug: s.slug,
      headline: `Challenged story ${n}`,
      kind: "correction",
      body: "The barrier is 3 metres high, not 30.",
      commentId: s.comment,
    });
    expect(listCorrectionsForArticle(s.id).map((c) => c.body)).toEqual(["The barrier is 3 metres high, not 30."]);
    expect(listPublicCorrections({ limit: 1, offset: 0 })[0]?.article.slug).toBe(s.slug);
    expect(getPublishedArticleBySlug(s.slug)?.substantiveUpdatedAt).toEqual(now);
    const row = f.db.select().from(correctionDrafts).where(eq(correctionDrafts.id, raised.draftId)).get();
    expect(row).toMatchObject({ status: "published", resolvedById: f.userId, resolvedAt: now });
    expect(row?.correctionId).toBe(listCorrectionsForArticle(s.id)[0]?.id);
    expect(listOpenDraftsForArticle(s.id)).toEqual([]);
    expect(listCorrectionDraftsForComment(s.comment)).toMatchObject([{ status: "published", resolvedAt: now }]);

    // A second press (another tab, a replay) publishes nothing more.
    expect(
      publishCorrectionDraft({ id: raised.draftId, articleId: s.id, kind: "correction", body: "again", actorId: f.userId }),
    ).toEqual({ ok: false, reason: "not-open" });
    expect(listCorrectionsForArticle(s.id)).toHaveLength(1);
    // With the draft answered, the comment can be challenged afresh.
    expect(challenge(s.comment, "a second error").ok).toBe(true);
  });

  it("refuses to publish on a story readers cannot see, and leaves the draft open", () => {
    const s = story();
    const raised = challenge(s.comment);
    if (!raised.ok) throw new Error("not raised");
    f.db.update(articles).set({ status: "unpublished" }).where(eq(articles.id, s.id)).run();
    expect(
      publishCorrectionDraft({ id: raised.draftId, articleId: s.id, kind: "correction", body: "x", actorId: f.userId }),
    ).toEqual({ ok: false, reason: "not-live" });
    expect(listCorrectionsForArticle(s.id)).toEqual([]);
    expect(listOpenDraftsForArticle(s.id)).toHaveLength(1);
  });

  it("dismisses it without publishing anything, once", () => {
    const s = story();
    const raised = challenge(s.comment);
    if (!raised.ok) throw new Error("not raised");
    const before = countOpenCorrectionDrafts();
    expect(dismissCorrectionDraft({ id: raised.draftId, articleId: s.id, actorId: f.userId })).toEqual({
      headline: `Challenged story ${n}`,
      commentId: s.comment,
    });
    expect(dismissCorrectionDraft({ id: raised.draftId, articleId: s.id, actorId: f.userId })).toBeNull();
    expect(countOpenCorrectionDrafts()).toBe(before - 1);
    expect(listCorrectionsForArticle(s.id)).toEqual([]);
    expect(
      publishCorrectionDraft({ id: raised.draftId, articleId: s.id, kind: "correction", body: "x", actorId: f.userId }),
    ).toEqual({ ok: false, reason: "not-open" });
  });

  it("lists open drafts first, then the answered, and keeps a draft whose comment is deleted", () => {
    const s = story();
    const raised = challenge(s.comment);
    if (!raised.ok) throw new Error("not raised");
    f.db.delete(comments).where(eq(comments.id, s.comment)).run();
    const all = listCorrectionDrafts();
    const firstAnswered = all.findIndex((d) => d.status !== "open");
    const lastOpen = all.map((d) => d.status).lastIndexOf("open");
    expect(lastOpen).toBeLessThan(firstAnswered);
    expect(all.find((d) => d.id === raised.draftId)).toMatchObject({ status: "open", comment: null });
    expect(listCorrectionDrafts({ openOnly: true }).every((d) => d.status === "open")).toBe(true);
  });
});
