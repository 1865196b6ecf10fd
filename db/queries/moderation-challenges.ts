import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db";
import { insertAuditEntry } from "@/db/audit-entry";
import { articles, auditLog, comments, users } from "@/db/schema";

// "Factual challenge": a reader's comment says the story is wrong. Corrections have no draft
// state (they are published at once and never edited), so a challenge is a correction
// *request*: an audit entry (comment.challenge) naming the comment and the story, listed for
// editors until a correction is added to that story after it. No schema change needed.

export type Challenge = {
  id: number;
  createdAt: Date;
  note: string;
  raisedBy: string | null;
  comment: { id: number; authorName: string; body: string } | null;
  article: { id: number; headline: string; slug: string };
  resolved: boolean;
};

const NOTE_PREFIX = "Factual challenge: ";

/** Records a challenge; null when the comment does not exist. */
export function raiseChallenge(input: { commentId: number; note: string; actorId: number }): { articleId: number; headline: string } | null {
  return db.transaction(() => {
    const c = db
      .select({ articleId: comments.articleId, headline: articles.headline, authorName: comments.authorName })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(eq(comments.id, input.commentId))
      .get();
    if (!c) return null;
    insertAuditEntry(db, {
      actorId: input.actorId,
      action: "comment.challenge",
      targetType: "comment",
      targetId: input.commentId,
      articleId: c.articleId,
      summary: `${NOTE_PREFIX}${input.note} (comment by ${c.authorName} on “${c.headline}”)`,
    });
    return { articleId: c.articleId, headline: c.headline };
  });
}

const raiser = alias(users, "raiser");
const challengeTarget = alias(comments, "challenged");

/** A correction on the story logged after the challenge answers it. */
const correctedAfter = sql<number>`exists (select 1 from ${auditLog} c2 where c2.action = 'article.correction'
  and ((c2.target_type = 'article' and c2.target_id = ${auditLog.articleId}) or c2.article_id = ${auditLog.articleId})
  and c2.created_at >= ${auditLog.createdAt})`;

/** Challenges, open ones first, newest first; `articleId` narrows to one story. */
export function listChallenges(input: { openOnly?: boolean; articleId?: number; commentId?: number } = {}): Challenge[] {
  const rows = db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      summary: auditLog.summary,
      raisedBy: raiser.name,
      commentId: challengeTarget.id,
      authorName: challengeTarget.authorName,
      body: challengeTarget.body,
      articleId: articles.id,
      headline: articles.headline,
      slug: articles.slug,
      resolved: correctedAfter,
    })
    .from(auditLog)
    .innerJoin(articles, eq(articles.id, auditLog.articleId))
    .leftJoin(raiser, eq(raiser.id, auditLog.actorId))
    .leftJoin(challengeTarget, eq(challengeTarget.id, auditLog.targetId))
    .where(
      and(
        eq(auditLog.action, "comment.challenge"),
        input.articleId ? eq(auditLog.articleId, input.articleId) : undefined,
        input.commentId ? eq(auditLog.targetId, input.commentId) : undefined,
        input.openOnly ? sql`not ${correctedAfter}` : undefined,
      ),
    )
    .orderBy(sql`${correctedAfter}`, desc(auditLog.createdAt), desc(auditLog.id))
    .limit(200)
    .all();
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    note: r.summary.startsWith(NOTE_PREFIX) ? r.summary.slice(NOTE_PREFIX.length).replace(/ \(comment by .*\)$/s, "") : r.summary,
    raisedBy: r.raisedBy,
    comment: r.commentId !== null ? { id: r.commentId, authorName: r.authorName ?? "", body: r.body ?? "" } : null,
    article: { id: r.articleId, headline: r.headline, slug: r.slug },
    resolved: Boolean(r.resolved),
  }));
}

export function countOpenChallenges(): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .where(and(eq(auditLog.action, "comment.challenge"), sql`not ${correctedAfter}`))
      .get()?.n ?? 0
  );
}
