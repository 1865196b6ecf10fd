import { z } from "zod";

export const commentInputSchema = z.object({
  articleId: z.coerce.number().int().positive("This comment is not attached to an article."),
  parentId: z
    .union([z.literal(""), z.coerce.number().int().positive()])
    .optional()
    .transform((v) => (typeof v === "number" ? v : null)),
  name: z.string().trim().min(1, "Enter your name.").max(80, "Keep your name under 80 characters."),
  email: z
    .email("Enter a valid email address.")
    .max(254)
    .transform((e) => e.toLowerCase()),
  body: z
    .string()
    .trim()
    .min(2, "Write a comment first.")
    .max(5000, "Keep your comment under 5,000 characters."),
  /** Honeypot: hidden from people, filled in by naive bots. */
  website: z.string().max(500).optional().default(""),
});
export type CommentInput = z.infer<typeof commentInputSchema>;
