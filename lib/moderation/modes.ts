// How each moderation mode is named in the admin: the site's settings page and the editor.

export const SITE_MODE_OPTIONS = [
  { value: "pre", label: "Pre-moderated: every comment waits for a moderator" },
  { value: "post", label: "Post-moderated: published at once, reviewed after" },
  { value: "open", label: "Open: published unless a rule holds it" },
];

/** The article's own choice; "default" follows the site. Closed is the "Comments open" box. */
export const COMMENT_MODERATION_OPTIONS = [{ value: "default", label: "Site default" }, ...SITE_MODE_OPTIONS];
