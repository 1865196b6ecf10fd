import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db";
import { insertAuditEntry } from "@/db/audit-entry";
import {
  articles,
  comments,
  correctionDrafts,
  users,
  type CorrectionDraftStatus,
  type CorrectionKind,
} from "@/db/schema";
import { appendCorrection } from "./corrections";

// "Factual challenge": staff mark a reader's comment as showing an error in the story, which
// opens a correction draft on that story for the editors, linked to the comment. Editors edit
// the draft's text, then publish it (it becomes an ordinary correction) or dismiss it.

export type CorrectionDraftView = {
  id: number;
  status: CorrectionDraftStatus;
  note: string;
  kind: CorrectionKind;
  body: string;
  createdAt: Date;
  raisedBy: string | null;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  comment: { id: number; authorName: string; body: string } | null;
  article: { id: number; headline: string; slug: string };
};

export type ChallengeResult =
  | { ok: true; draftId: number; articleId: number; headline: string }
  | { ok: false; reason: "no-comment" | "already-open"; draftId?: number; articleId?: number };

/**
 * Opens a draft for the comment's story, its text started from the note, and records the
 * challenge on the audit log. One open draft per comment: a second challenge points at it.
 */
export function raiseChallenge(input: { commentId: number; note: string; actorId: number }): ChallengeResult {
  return db.transaction((tx) => {
    const c = tx
      .select({ articleId: comments.articleId, headline: articles.headline, authorName: comments.authorName })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(eq(comments.id, input.commentId))
      .get();
    if (!c) return { ok: false, reason: "no-comment" };
    const open = tx
      .select({ id: correctionDrafts.id })
      .from(correctionDrafts)
      .where(and(eq(correctionDrafts.commentId, input.commentId), eq(correctionDrafts.status, "open")))
      .get();
    if (open) return { ok: false, reason: "already-open", draftId: open.id, articleId: c.articleId };
    const draft = tx
      .insert(correctionDrafts)
      .values({
        articleId: c.articleId,
        commentId: input.commentId,
        note: input.note,
        body: input.note,
        createdById: input.actorId,
      })
      .returning({ id: correctionDrafts.id })
      .get();
    insertAuditEntry(tx, {
      actorId: input.actorId,
      action: "comment.challenge",
      targetType: "comment",
      targetId: input.commentId,
      articleId: c.articleId,
      summary: `Factual challenge: ${input.note} (comment by ${c.authorName} on “${c.headline}”)`,
    });
    return { ok: true, draftId: draft.id, articleId: c.articleId, headline: c.headline };
  });
}

const raiser = alias(users, "raiser");
const resolver = alias(users, "resolver");

function listDrafts(where: SQL | undefined, limit = 200): CorrectionDraftView[] {
  const rows = db
    .select({
      id: correctionDrafts.id,
      status: correctionDrafts.status,
      note: correctionDrafts.note,
      kind: correctionDrafts.kind,
      body: correctionDrafts.body,
      createdAt: correctionDrafts.createdAt,
      resolvedAt: correctionDrafts.resolvedAt,
      raisedBy: raiser.name,
      resolvedBy: resolver.name,
      commentId: comments.id,
      authorName: comments.authorName,
      commentBody: comments.body,
      articleId: articles.id,
      headline: articles.headline,
      slug: articles.slug,
    })
    .from(correctionDrafts)
    .innerJoin(articles, eq(articles.id, correctionDrafts.articleId))
    .leftJoin(comments, eq(comments.id, correctionDrafts.commentId))
    .leftJoin(raiser, eq(raiser.id, correctionDrafts.createdById))
    .leftJoin(resolver, eq(resolver.id, correctionDrafts.resolvedById))
    .where(where)
    // Open ones first (oldest waiting longest on top), then the answered, newest first.
    .orderBy(
      sql`${correctionDrafts.status} <> 'open'`,
      sql`case when ${correctionDrafts.status} = 'open' then ${correctionDrafts.createdAt} else -${correctionDrafts.createdAt} end`,
      asc(correctionDrafts.id),
    )
    .limit(limit)
    .all();
  return rows.map(({ commentId, authorName, commentBody, articleId, headline, slug, ...draft }) => ({
    ...draft,
    comment: commentId !== null ? { id: commentId, authorName: authorName ?? "", body: commentBody ?? "" } : null,
    article: { id: articleId, headline, slug },
  }));
}

/** Every draft, open ones first; `openOnly` narrows to those still waiting for an editor. */
export function listCorrectionDrafts(input: { openOnly?: boolean } = {}): CorrectionDraftView[] {
  return listDrafts(input.openOnly ? eq(correctionDrafts.status, "open") : undefined);
}

/** The drafts raised from one comment, for its moderation page. */
export function listCorrectionDraftsForComment(commentId: number): CorrectionDraftView[] {
  return listDrafts(eq(correctionDrafts.commentId, commentId));
}

/** A story's drafts still waiting for an editor, for its edit page. */
export function listOpenDraftsForArticle(articleId: number): CorrectionDraftView[] {
  return listDrafts(and(eq(correctionDrafts.articleId, articleId), eq(correctionDrafts.status, "open")));
}

export function countOpenCorrectionDrafts(): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(correctionDrafts)
      .where(eq(correctionDrafts.status, "open"))
      .get()?.n ?? 0
  );
}

type DraftRef = { id: number; articleId: number };
const isOpenDraft = ({ id, articleId }: DraftRef) =>
  and(eq(correctionDrafts.id, id), eq(correctionDrafts.articleId, articleId), eq(correctionDrafts.status, "open"));

/** Saves an open draft's text; false when it is no longer open (or not on that story). */
export function saveCorrectionDraft(input: DraftRef & { kind: CorrectionKind; body: string }): boolean {
  return (
    db
      .update(correctionDrafts)
      .set({ kind: input.kind, body: input.body })
      .where(isOpenDraft(input))
      .run().changes === 1
  );
}

export type PublishDraftResult =
  | { ok: true; slug: string; headline: string; kind: CorrectionKind; body: string; commentId: number | null }
  | { ok: false; reason: "not-open" | "not-live" };

/**
 * Publishes the draft as a correction with the text the editor sent, in one transaction: the
 * correction, the story's "updated" time and the draft's link to it land together or not at all.
 */
export function publishCorrectionDraft(
  input: DraftRef & { kind: CorrectionKind; body: string; actorId: number; now?: Date },
): PublishDraftResult {
  const now = input.now ?? new Date();
  return db.transaction((tx): PublishDraftResult => {
    const draft = tx.select({ commentId: correctionDrafts.commentId }).from(correctionDrafts).where(isOpenDraft(input)).get();
    if (!draft) return { ok: false, reason: "not-open" };
    const added = appendCorrection(tx, {
      articleId: input.articleId,
      kind: input.kind,
      body: input.body,
      createdById: input.actorId,
      now,
    });
    if (!added) return { ok: false, reason: "not-live" };
    tx.update(correctionDrafts)
      .set({
        kind: input.kind,
        body: input.body,
        status: "published",
        correctionId: added.id,
        resolvedById: input.actorId,
        resolvedAt: now,
      })
      .where(eq(correctionDrafts.id, input.id))
      .run();
    return { ok: true, slug: added.slug, headline: added.headline, kind: added.kind, body: added.body, commentId: draft.commentId };
  });
}

/** Closes an open draft without publishing; null when it is no longer open. */
export function dismissCorrectionDraft(
  input: DraftRef & { actorId: number; now?: Date },
): { headline: string; commentId: number | null } | null {
  return db.transaction((tx) => {
    const dismissed = tx
      .update(correctionDrafts)
      .set({ status: "dismissed", resolvedById: input.actorId, resolvedAt: input.now ?? new Date() })
      .where(isOpenDraft(input))
      .returning({ commentId: correctionDrafts.commentId })
      .get();
    if (!dismissed) return null;
    const story = tx.select({ headline: articles.headline }).from(articles).where(eq(articles.id, input.articleId)).get();
    return { headline: story?.headline ?? "", commentId: dismissed.commentId };
  });
}
