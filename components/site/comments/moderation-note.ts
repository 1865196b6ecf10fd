import type { CommentModerationMode } from "@/db/schema";

/**
 * What the form tells commenters about when their comment appears. "default" follows a site
 * setting the page does not know, so it promises nothing; surge protection means pre-moderation.
 */
export function moderationNote(mode: CommentModerationMode, surge: boolean): string | null {
  if (surge || mode === "pre")
    return "Comments on this story are reviewed by a moderator before they appear.";
  if (mode === "post")
    return "Comments on this story appear at once. Moderators review them afterwards and may remove any that break the rules.";
  if (mode === "open")
    return "Comments on this story appear at once unless our filters hold them for a moderator.";
  return null;
}
