/**
 * Rejection reasons offered when the site's settings (listRejectReasons() in
 * db/queries/moderation-settings.ts, edited on /admin/comments/settings) list none.
 */
export const FALLBACK_REJECT_REASONS = [
  "Personal attack or abuse",
  "Off-topic",
  "Spam or advertising",
  "Hate speech or discrimination",
  "Misinformation presented as fact",
  "Shares personal information",
] as const;

export const MAX_REASON_LENGTH = 300;
