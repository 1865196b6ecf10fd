import "server-only";
import { and, count, desc, eq, gt, gte, isNotNull, isNull, or, sql } from "drizzle-orm";
import { db } from "@/db";
import { insertAuditEntry } from "@/db/audit-entry";
import { recordCommentDecision, type CommentDecisionAction } from "@/db/comment-decisions";
import { articles, commenterBans, comments, sections, type CommentStatus } from "@/db/schema";
import { decideComment, type CommentVerdict } from "@/lib/moderation/decide";
import { closedRule, commentsCloseAt, effectiveMode, type ArticleCommentState, type CommenterHistory } from "@/lib/moderation/rules";
import type { ModerationSettings } from "@/lib/moderation/settings";
import { newStatusToken } from "@/lib/moderation/status-token";
import { getModerationSettings } from "./moderation-settings";
import { isPublicArticle } from "./public-rule";

// Posting a reader's comment: gathering what the rules need and storing the outcome, all inside
// one IMMEDIATE transaction so two posts at once cannot both slip under a flood limit.

const MINUTE_MS = 60_000;

export type PostingArticle = ArticleCommentState & { id: number; slug: string; headline: string };

/** A live article with what the rules need to know about it. */
export function getPostingArticle(articleId: number): PostingArticle | undefined {
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      headline: articles.headline,
      commentsOpen: articles.commentsOpen,
      publishedAt: articles.publishedAt,
      mode: articles.commentModeration,
      surgeAt: articles.commentSurgeAt,
      sectionCloseDays: sections.commentCloseDays,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublicArticle, eq(articles.id, articleId)))
    .get();
}

/**
 * For the article page: whether the comment form is shown (the editor's switch and the age
 * limit), and when comments close by age so a cached page can expire then. undefined: not live.
 */
export function getCommentAvailability(articleId: number, now = new Date()): { open: boolean; closesAt: Date | null } | undefined {
  const article = getPostingArticle(articleId);
  if (!article) return undefined;
  const settings = getModerationSettings();
  return { open: closedRule(article, settings, now) === null, closesAt: commentsCloseAt(article, settings) };
}

/** Stored comments from `email` / `ipHash` since `since` (the flood windows); both use an index. */
function countSince(column: typeof comments.authorEmail | typeof comments.ipHash, value: string, since: Date): number {
  if (!value) return 0;
  return db.select({ n: count() }).from(comments).where(and(eq(column, value), gte(comments.createdAt, since))).get()?.n ?? 0;
}

/** An active ban or suspension: not lifted and not expired, on the email or the hashed address. */
export function isCommenterBanned(email: string, ipHash: string, now = new Date()): boolean {
  const who = ipHash ? or(eq(commenterBans.email, email), eq(commenterBans.ipHash, ipHash)) : eq(commenterBans.email, email);
  const row = db
    .select({ id: commenterBans.id })
    .from(commenterBans)
    .where(and(who, isNull(commenterBans.liftedAt), or(isNull(commenterBans.expiresAt), gt(commenterBans.expiresAt, now))))
    .limit(1)
    .get();
  return row !== undefined;
}

/** What the trust, first-time, flood and ban rules need about a commenter. */
export function getCommenterHistory(email: string, ipHash: string, settings: ModerationSettings, now = new Date()): CommenterHistory {
  const approvedCount =
    db
      .select({ n: count() })
      .from(comments)
      .where(and(eq(comments.authorEmail, email), eq(comments.status, "approved")))
      .get()?.n ?? 0;
  const recentStatuses = db
    .select({ status: comments.status })
    .from(comments)
    .where(eq(comments.authorEmail, email))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(Math.max(settings.trustAfter, 1))
    .all()
    .map((r): CommentStatus => r.status);
  const since = (minutes: number) => new Date(now.getTime() - minutes * MINUTE_MS);
  return {
    approvedCount,
    recentStatuses,
    recentByEmail: countSince(comments.authorEmail, email, since(settings.floodPerCommenter.minutes)),
    recentByIp: countSince(comments.ipHash, ipHash, since(settings.floodPerIp.minutes)),
    banned: isCommenterBanned(email, ipHash, now),
  };
}

export type NewReaderComment = {
  articleId: number;
  parentId: number | null;
  authorName: string;
  authorEmail: string;
  body: string;
  ipHash: string;
};

export type PostResult =
  | { kind: "unavailable" }
  | { kind: "refused"; verdict: CommentVerdict; article: PostingArticle }
  | {
      kind: "stored";
      verdict: CommentVerdict;
      article: PostingArticle;
      id: number;
      /** The status link's secret, shown to the commenter once; only its hash is stored. */
      statusToken: string;
      surgeStarted: boolean;
    };

const ACTION: Record<"approved" | "pending" | "rejected", CommentDecisionAction> = {
  approved: "auto-approve",
  pending: "auto-hold",
  rejected: "auto-reject",
};

/**
 * Decides and stores a reader's comment in one IMMEDIATE transaction: the write lock is taken
 * before the flood counts are read, so concurrent posts are decided one after the other. A
 * refused comment is not stored; anything stored gets its rule decision in the history.
 */
export function postComment(input: NewReaderComment, now = new Date()): PostResult {
  const email = input.authorEmail.toLowerCase();
  return db.transaction(
    (): PostResult => {
      const article = getPostingArticle(input.articleId);
      if (!article) return { kind: "unavailable" };
      const settings = getModerationSettings();
      const commenter = getCommenterHistory(email, input.ipHash, settings, now);
      const verdict = decideComment({ body: input.body, article, commenter, settings, now });
      if (verdict.outcome === "refused") return { kind: "refused", verdict, article };

      const { token, hash } = newStatusToken();
      const { id } = db
        .insert(comments)
        .values({
          ...input,
          authorEmail: email,
          status: verdict.outcome,
          needsReview: verdict.needsReview,
          ruleHits: verdict.ruleHits,
          reason: verdict.reason,
          statusTokenHash: hash,
          createdAt: now,
        })
        .returning({ id: comments.id })
        .get();
      recordCommentDecision(
        db,
        {
          commentId: id,
          articleId: article.id,
          actorId: null,
          action: ACTION[verdict.outcome],
          fromStatus: null,
          toStatus: verdict.outcome,
          reason: verdict.decisionReason,
          summary: `Rules ${verdict.outcome === "approved" ? "published" : verdict.outcome === "pending" ? "held" : "rejected"} a comment by ${input.authorName} on “${article.headline}”`,
        },
        now,
      );
      const surgeStarted = checkSurge(article, settings, now);
      return { kind: "stored", verdict, article, id, statusToken: token, surgeStarted };
    },
    { behavior: "immediate" },
  );
}

/** Rules whose hits mean trouble on a story (a first-time hold does not). */
const TROUBLE_RULES = sql`('suspect-word', 'links', 'banned-word')`;

/**
 * Surge protection: when enough of a story's recent comments were held or rejected by a content
 * rule, or reported by readers, the story switches itself to pre-moderation (once) and says so
 * in the audit log for the moderators' desk. Pre-moderated stories have nothing to switch.
 */
export function checkSurge(article: PostingArticle, settings: ModerationSettings, now = new Date()): boolean {
  const { surge } = settings;
  if (!surge.enabled || article.surgeAt || effectiveMode(article, settings).mode === "pre") return false;
  const since = new Date(now.getTime() - surge.windowMinutes * MINUTE_MS);
  const row = db
    .select({
      total: count(),
      troubled: sql<number>`coalesce(sum(case when ${comments.reportCount} > 0 or exists (
        select 1 from json_each(${comments.ruleHits}) where json_extract(value, '$.rule') in ${TROUBLE_RULES}
      ) then 1 else 0 end), 0)`,
    })
    .from(comments)
    .where(and(eq(comments.articleId, article.id), gte(comments.createdAt, since)))
    .get();
  const total = row?.total ?? 0;
  const troubled = Number(row?.troubled ?? 0);
  if (total < surge.minComments || troubled / total < surge.threshold) return false;
  const switched = db
    .update(articles)
    .set({ commentSurgeAt: now })
    .where(and(eq(articles.id, article.id), isNull(articles.commentSurgeAt)))
    .returning({ id: articles.id })
    .get();
  if (!switched) return false;
  insertAuditEntry(db, {
    actorId: null,
    action: "comment.surge",
    targetType: "article",
    targetId: article.id,
    articleId: article.id,
    summary: `Surge protection switched “${article.headline}” to pre-moderation: ${troubled} of ${total} comments in ${surge.windowMinutes} min held or reported`,
  });
  return true;
}

export type SurgingArticle = { id: number; slug: string; headline: string; surgeAt: Date };

/** Stories surge protection switched to pre-moderation, newest switch first. */
export function listSurgingArticles(): SurgingArticle[] {
  return db
    .select({ id: articles.id, slug: articles.slug, headline: articles.headline, surgeAt: articles.commentSurgeAt })
    .from(articles)
    .where(isNotNull(articles.commentSurgeAt))
    .orderBy(desc(articles.commentSurgeAt))
    .all()
    .map((a) => ({ ...a, surgeAt: a.surgeAt! }));
}

/** A moderator ends a surge: the story goes back to its own mode. False when none was on. */
export function endSurge(articleId: number, actorId: number): boolean {
  return db.transaction(() => {
    const ended = db
      .update(articles)
      .set({ commentSurgeAt: null })
      .where(and(eq(articles.id, articleId), isNotNull(articles.commentSurgeAt)))
      .returning({ headline: articles.headline })
      .get();
    if (!ended) return false;
    insertAuditEntry(db, {
      actorId,
      action: "comment.surge",
      targetType: "article",
      targetId: articleId,
      articleId,
      summary: `Ended surge protection on “${ended.headline}”`,
    });
    return true;
  });
}
