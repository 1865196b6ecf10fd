import { z } from "zod";
import { ARTICLE_STATUSES, COMMENT_MODERATION_MODES } from "@/db/schema";
import { slugify } from "@/lib/utils";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const optionalUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => v === "" || /^(https?:\/\/|\/)[^\s]*$/i.test(v), "Enter an http(s) URL or a path starting with /.")
  .transform((v) => (v === "" ? null : v));

/** Tags typed as "Climate, Local politics": trimmed, de-duplicated, at most 12. */
const tagList = z
  .string()
  .max(600)
  .transform((v) => [...new Set(v.split(",").map((t) => t.trim()).filter(Boolean))])
  .pipe(
    z
      .array(
        z
          .string()
          .max(40, "Each tag can be at most 40 characters.")
          // A tag's address is its slug, so a tag of punctuation alone would have none.
          .refine((t) => slugify(t) !== "", "Each tag needs at least one letter or number."),
      )
      .max(12, "Use at most 12 tags."),
  );

/** Hard limits; the form suggests the lengths search results show (about 60 and 155). */
export const SEO_TITLE_MAX = 100;
export const SEO_DESCRIPTION_MAX = 300;

export const articleInputSchema = z
  .object({
    headline: z.string().trim().min(1, "Enter a headline.").max(200, "Keep the headline under 200 characters."),
    slug: z
      .string()
      .trim()
      .max(100, "Keep the slug under 100 characters.")
      .refine((v) => v === "" || SLUG_PATTERN.test(v), "Use lowercase letters, numbers and single hyphens."),
    dek: z.string().trim().max(400, "Keep the dek under 400 characters."),
    body: z.string().max(200_000, "The body is too long."),
    sectionId: z.coerce.number().int("Choose a section.").positive("Choose a section."),
    tags: tagList,
    heroImageUrl: optionalUrl,
    heroImageAlt: z.string().trim().max(300, "Keep the alt text under 300 characters."),
    heroImageCaption: z.string().trim().max(400, "Keep the caption under 400 characters."),
    // A library image's id; empty for a plain address. The action checks that it exists.
    heroMediaId: z
      .string()
      .trim()
      .regex(/^\d{0,15}$/, "Choose an image from the library.")
      .optional()
      .transform((v) => (v ? Number(v) : null))
      .refine((v) => v === null || v > 0, "Choose an image from the library."),
    // An unticked checkbox sends no field at all, so the key must be optional, not just undefined.
    commentsOpen: z
      .enum(["on", "true", ""])
      .optional()
      .transform((v) => v === "on" || v === "true"),
    // Absent (a form without the select): the story keeps its mode.
    commentModeration: z.enum(COMMENT_MODERATION_MODES, "Choose how comments are moderated.").optional(),
    // Optional: empty means the page uses the headline and dek.
    seoTitle: z.string().trim().max(SEO_TITLE_MAX, `Keep the SEO title under ${SEO_TITLE_MAX} characters.`).default(""),
    seoDescription: z
      .string()
      .trim()
      .max(SEO_DESCRIPTION_MAX, `Keep the SEO description under ${SEO_DESCRIPTION_MAX} characters.`)
      .default(""),
  })
  // A library image brings its own alt text, so only a typed address needs one here.
  .refine((a) => a.heroMediaId !== null || a.heroImageUrl === null || a.heroImageAlt.length > 0, {
    path: ["heroImageAlt"],
    message: "Describe the image for readers who cannot see it.",
  });
export type ArticleInput = z.infer<typeof articleInputSchema>;

export const articleStatusSchema = z.enum(ARTICLE_STATUSES);

export const idSchema = z.coerce.number().int().positive();

/** The content version an edit was based on, posted back by the editor. */
export const versionSchema = z.coerce.number().int().positive();

/** The byline as submitted: checked staff ids in the order shown. */
export const authorIdsSchema = z
  .array(z.coerce.number().int().positive())
  .min(1, "Choose at least one author.")
  .max(12, "Name at most 12 authors.")
  .transform((ids) => [...new Set(ids)]);

/** The desk list's URL state; anything unreadable falls back to the default. */
export const deskQuerySchema = z.object({
  status: z.enum(["all", ...ARTICLE_STATUSES]).catch("all"),
  section: z.coerce.number().int().positive().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type DeskQuery = z.infer<typeof deskQuerySchema>;

/** What the editor's preview may send: the same limit as a saved body. */
export const previewBodySchema = z.string().max(200_000, "The body is too long.");
