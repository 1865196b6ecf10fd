import { z } from "zod";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "@/lib/media/constants";

export const ALT_REQUIRED = "Describe the image for readers who cannot see it.";

/** What staff write about an image; the same rules at upload and when editing later. */
export const mediaDetailsSchema = z.object({
  alt: z.string().trim().min(1, ALT_REQUIRED).max(300, "Keep the alt text under 300 characters."),
  caption: z.string().trim().max(400, "Keep the caption under 400 characters.").default(""),
  credit: z.string().trim().max(200, "Keep the credit under 200 characters.").default(""),
});
export type MediaDetails = z.infer<typeof mediaDetailsSchema>;

export const mediaIdSchema = z.coerce.number().int().positive();

export const mediaUpdateSchema = mediaDetailsSchema.extend({ id: mediaIdSchema });

/**
 * The uploaded file as the action receives it. Only presence and size are checked here; what
 * the bytes really are is lib/media/process.ts's job.
 */
export const uploadFileSchema = z
  .instanceof(File, { message: "Choose an image file to upload." })
  .refine((f) => f.size > 0, "Choose an image file to upload.")
  .refine((f) => f.size <= MAX_UPLOAD_BYTES, `The file is larger than ${MAX_UPLOAD_LABEL}.`);

/** The library's page number from the URL; junk falls back to the first page. */
export const mediaPageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);
