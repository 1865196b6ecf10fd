import "server-only";
import { and, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db";
import { insertAuditEntry } from "@/db/audit-entry";
import { articles, commenterBans, commenterNotes, comments, users, type CommentStatus } from "@/db/schema";

// A commenter, as moderators know them: by lower-case email (and the hashed addresses they
// posted from). Their history across the site, bans and suspensions, and moderators' notes.

export type CommenterComment = {
  id: number;
  body: string;
  status: CommentStatus;
  reason: string;
  featured: boolean;
  reportCount: number;
  createdAt: Date;
  article: { id: number; headline: string; slug: string };
};

export type CommenterBan = {
  id: number;
  email: string | null;
  /** Only a short prefix of the hash leaves the server: enough to tell addresses apart. */
  ipLabel: string | null;
  reason: string;
  expiresAt: Date | null;
  createdAt: Date;
  createdByName: string | null;
  liftedAt: Date | null;
  liftedByName: string | null;
  active: boolean;
};

export type CommenterNote = { id: number; body: string; createdAt: Date; authorName: string | null };

export type Commenter = {
  email: string;
  names: string[];
  comments: CommenterComment[];
  counts: Record<CommentStatus, number>;
  /** Their latest comment with an address, for banning that address. */
  latestWithAddress: { id: number; ipLabel: string } | null;
  bans: CommenterBan[];
  notes: CommenterNote[];
};

export const ipLabel = (hash: string) => `address ${hash.slice(0, 8)}`;

/** Everything about one commenter, or null when they never commented and have no record. */
export function getCommenter(emailInput: string, now = new Date()): Commenter | null {
  const email = emailInput.trim().toLowerCase();
  const rows = db
    .select({
      id: comments.id,
      body: comments.body,
      status: comments.status,
      reason: comments.reason,
      featured: comments.featured,
      reportCount: comments.reportCount,
      createdAt: comments.createdAt,
      authorName: comments.authorName,
      ipHash: comments.ipHash,
      articleId: articles.id,
      headline: articles.headline,
      slug: articles.slug,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(eq(comments.authorEmail, email))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(500)
    .all();
  const hashes = [...new Set(rows.map((r) => r.ipHash).filter(Boolean))];
  const bans = listBans(email, hashes, now);
  const notes = listNotes(email);
  if (rows.length === 0 && bans.length === 0 && notes.length === 0) return null;
  const counts: Record<CommentStatus, number> = { pending: 0, approved: 0, rejected: 0, spam: 0 };
  for (const r of rows) counts[r.status] += 1;
  const withAddress = rows.find((r) => r.ipHash);
  return {
    email,
    names: [...new Set(rows.map((r) => r.authorName))],
    comments: rows.map(({ articleId, headline, slug, authorName: _n, ipHash: _h, ...r }) => ({
      ...r,
      article: { id: articleId, headline, slug },
    })),
    counts,
    latestWithAddress: withAddress ? { id: withAddress.id, ipLabel: ipLabel(withAddress.ipHash) } : null,
    bans,
    notes,
  };
}

const creator = alias(users, "creator");
const lifter = alias(users, "lifter");

/** Bans on this email or any of these hashed addresses, newest first. */
export function listBans(email: string, ipHashes: string[], now = new Date()): CommenterBan[] {
  const rows = db
    .select({
      id: commenterBans.id,
      email: commenterBans.email,
      ipHash: commenterBans.ipHash,
      reason: commenterBans.reason,
      expiresAt: commenterBans.expiresAt,
      createdAt: commenterBans.createdAt,
      createdByName: creator.name,
      liftedAt: commenterBans.liftedAt,
      liftedByName: lifter.name,
    })
    .from(commenterBans)
    .leftJoin(creator, eq(creator.id, commenterBans.createdById))
    .leftJoin(lifter, eq(lifter.id, commenterBans.liftedById))
    .where(or(eq(commenterBans.email, email), ipHashes.length ? inArray(commenterBans.ipHash, ipHashes) : undefined))
    .orderBy(desc(commenterBans.createdAt), desc(commenterBans.id))
    .all();
  return rows.map(({ ipHash, ...r }) => ({
    ...r,
    ipLabel: ipHash ? ipLabel(ipHash) : null,
    active: r.liftedAt === null && (r.expiresAt === null || r.expiresAt.getTime() > now.getTime()),
  }));
}

export function listNotes(email: string): CommenterNote[] {
  return db
    .select({ id: commenterNotes.id, body: commenterNotes.body, createdAt: commenterNotes.createdAt, authorName: users.name })
    .from(commenterNotes)
    .leftJoin(users, eq(users.id, commenterNotes.authorId))
    .where(eq(commenterNotes.email, email))
    .orderBy(desc(commenterNotes.createdAt), desc(commenterNotes.id))
    .all();
}

/**
 * Bans (no `expiresAt`) or suspends a commenter by email, by the hashed address of one of their
 * comments, or both, and records it in the audit log. Null when the comment named for the
 * address is not theirs or has no address.
 */
export function banCommenter(input: {
  email: string;
  byEmail: boolean;
  ipFromCommentId?: number;
  reason: string;
  expiresAt: Date | null;
  actorId: number;
  now?: Date;
}): { id: number } | null {
  const email = input.email.toLowerCase();
  return db.transaction(() => {
    let ipHash: string | null = null;
    let articleId: number | null = null;
    if (input.ipFromCommentId) {
      const source = db
        .select({ ipHash: comments.ipHash, articleId: comments.articleId })
        .from(comments)
        .where(and(eq(comments.id, input.ipFromCommentId), eq(comments.authorEmail, email)))
        .get();
      if (!source?.ipHash) return null;
      ipHash = source.ipHash;
      articleId = source.articleId;
    }
    if (!input.byEmail && !ipHash) return null;
    const row = db
      .insert(commenterBans)
      .values({
        email: input.byEmail ? email : null,
        ipHash,
        reason: input.reason,
        expiresAt: input.expiresAt,
        createdById: input.actorId,
        createdAt: input.now ?? new Date(),
      })
      .returning({ id: commenterBans.id })
      .get();
    const scope = [input.byEmail ? "email" : null, ipHash ? ipLabel(ipHash) : null].filter(Boolean).join(" and ");
    const kind = input.expiresAt ? `Suspended until ${input.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : "Banned";
    insertAuditEntry(db, {
      actorId: input.actorId,
      action: "comment.ban",
      targetType: "comment",
      targetId: input.ipFromCommentId ?? null,
      articleId,
      summary: `${kind}: commenter ${email} (by ${scope}): ${input.reason}`,
    });
    return row;
  });
}

/** Lifts a ban that is still in force; false when there was none to lift. */
export function liftBan(input: { banId: number; actorId: number; now?: Date }): { email: string | null } | null {
  const now = input.now ?? new Date();
  return db.transaction(() => {
    const row = db
      .update(commenterBans)
      .set({ liftedAt: now, liftedById: input.actorId })
      .where(and(eq(commenterBans.id, input.banId), isNull(commenterBans.liftedAt)))
      .returning({ email: commenterBans.email, ipHash: commenterBans.ipHash, reason: commenterBans.reason })
      .get();
    if (!row) return null;
    const who = [row.email, row.ipHash ? ipLabel(row.ipHash) : null].filter(Boolean).join(", ");
    insertAuditEntry(db, {
      actorId: input.actorId,
      action: "comment.unban",
      targetType: "comment",
      targetId: null,
      summary: `Lifted the ban on ${who} (was: ${row.reason})`,
    });
    return { email: row.email };
  });
}

/** Adds a moderator's note on a commenter, recorded in the audit log. */
export function addCommenterNote(input: { email: string; body: string; actorId: number; now?: Date }): { id: number } {
  const email = input.email.toLowerCase();
  return db.transaction(() => {
    const row = db
      .insert(commenterNotes)
      .values({ email, body: input.body, authorId: input.actorId, createdAt: input.now ?? new Date() })
      .returning({ id: commenterNotes.id })
      .get();
    insertAuditEntry(db, {
      actorId: input.actorId,
      action: "comment.note",
      targetType: "comment",
      targetId: null,
      summary: `Note on commenter ${email}: ${input.body.slice(0, 120)}`,
    });
    return row;
  });
}

/** The lower-case email of a comment's author, to link a decision to their page. */
export function emailOfComment(commentId: number): string | undefined {
  return db.select({ email: sql<string>`lower(${comments.authorEmail})` }).from(comments).where(eq(comments.id, commentId)).get()?.email;
}
