import { z } from "zod";
import { PREVIEW_TOKEN_PATTERN } from "@/lib/preview-token";

/** The token segment of /preview/<token>; anything else is a 404 without a database read. */
export const previewTokenSchema = z.string().regex(PREVIEW_TOKEN_PATTERN);
