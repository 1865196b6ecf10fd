import { z } from "zod";

const articleId = z.coerce.number("Choose a story.").int("Choose a story.").positive("Choose a story.");

/** Set lead, pin, unpin: one article. */
export const slotArticleSchema = z.object({ articleId });

export const movePinSchema = z.object({ articleId, direction: z.enum(["up", "down"]) });

/**
 * A link readers may follow from the banner: an http(s) address or a path on this site. A
 * protocol-relative "//host" or a backslash would let a path escape to another site.
 */
export function isSafeLink(value: string): boolean {
  if (value.startsWith("/")) return !value.startsWith("//") && !/[\s\\]/.test(value);
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && !/\s/.test(value);
  } catch {
    return false;
  }
}

const headline = z.string().trim().max(200, "Keep the headline under 200 characters.");
const url = z
  .string()
  .trim()
  .max(2000, "Keep the link under 2,000 characters.")
  .refine((v) => v === "" || isSafeLink(v), "Enter an http(s) address or a path starting with /.");

/**
 * The banner form. Switched on, it needs a headline and a link; switched off, the text is kept
 * (so the desk can turn the same banner back on) but may be empty.
 */
export const breakingInputSchema = z
  .object({
    // An unticked checkbox is simply absent from the form.
    active: z
      .enum(["on", "true", ""])
      .optional()
      .transform((v) => v === "on" || v === "true"),
    headline,
    url,
  })
  .superRefine((value, ctx) => {
    if (!value.active) return;
    if (!value.headline)
      ctx.addIssue({ code: "custom", path: ["headline"], message: "Enter the banner's headline." });
    if (!value.url)
      ctx.addIssue({ code: "custom", path: ["url"], message: "Enter where the banner links to." });
  });
export type BreakingInput = z.infer<typeof breakingInputSchema>;

/** What is stored under site_settings "breaking"; anything unreadable counts as switched off. */
export const storedBreakingSchema = z.object({
  active: z.boolean(),
  headline: z.string(),
  url: z.string(),
});
export type BreakingNews = z.infer<typeof storedBreakingSchema>;
