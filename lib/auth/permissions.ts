import type { Role } from "@/db/schema";

/**
 * The single role -> permission table. Code asks `can(role, permission)`; it never compares
 * role strings, so changing who may do what is a one-line edit here.
 */
export const PERMISSIONS = {
  /** Open the admin dashboard at all. */
  "admin.access": ["admin", "editor", "author", "moderator"],
  /** Create articles and edit one's own drafts. */
  "articles.write": ["admin", "editor", "author"],
  /** Edit any article, whoever wrote it and whatever its status. */
  "articles.editAny": ["admin", "editor"],
  /** Publish and unpublish. */
  "articles.publish": ["admin", "editor"],
  "comments.moderate": ["admin", "editor", "moderator"],
  /**
   * How comments are moderated site-wide: default mode, trust, flood and close limits, surge
   * protection. An editorial call; moderators keep the word lists and reject reasons.
   */
  "comments.configure": ["admin", "editor"],
  "users.manage": ["admin"],
  /** Upload images to the media library, and edit or delete one's own uploads. */
  "media.upload": ["admin", "editor", "author"],
  /** Edit and delete anyone's images. */
  "media.manage": ["admin", "editor"],
  /** Read the audit log: who published, deleted or changed whose account. */
  "audit.view": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** What an article's owner-or-editor check needs to know about the article. */
export type ArticleOwnership = { createdById: number; authorIds: number[]; status: string };

/** Editors open any article; a writer opens their own in every status, to follow it through review. */
export function canOpenArticle(user: { id: number; role: Role }, article: ArticleOwnership): boolean {
  if (can(user.role, "articles.editAny")) return true;
  if (!can(user.role, "articles.write")) return false;
  return article.createdById === user.id || article.authorIds.includes(user.id);
}

/**
 * Editors and admins edit anything; an author edits an article only while it is a draft
 * and only when they created it or are on its byline.
 */
export function canEditArticle(
  user: { id: number; role: Role },
  article: ArticleOwnership,
): boolean {
  if (can(user.role, "articles.editAny")) return true;
  if (!can(user.role, "articles.write")) return false;
  const owns = article.createdById === user.id || article.authorIds.includes(user.id);
  return owns && article.status === "draft";
}

/** Editors and admins manage every image; other uploaders only the ones they uploaded. */
export function canManageMedia(user: { id: number; role: Role }, media: { uploadedById: number | null }): boolean {
  if (can(user.role, "media.manage")) return true;
  return can(user.role, "media.upload") && media.uploadedById === user.id;
}
