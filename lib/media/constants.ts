// Limits and formats of the media library. Plain constants with no Node imports, so the
// browser (file picker, size check) and the server (processing, route) read the same numbers.

/** The largest upload accepted, checked in the browser first and again on the server. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = "10 MB";

/**
 * Decoding cost grows with pixels, not bytes: a small PNG can claim 30,000 × 30,000 pixels.
 * 50 megapixels covers every current camera and keeps one decode within a few hundred MB.
 */
export const MAX_INPUT_PIXELS = 50_000_000;

/** What may be uploaded, as detected from the file's bytes (never its name or claimed type). */
export const ACCEPTED_TYPES = ["image/jpeg", "image/png", "image/webp", "image/avif"] as const;
export type AcceptedType = (typeof ACCEPTED_TYPES)[number];
export const ACCEPTED_LABEL = "JPEG, PNG, WebP or AVIF";
/** For the file input's `accept`: only a hint to the browser's picker, not a check. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_TYPES.join(",");

/** Widths generated for every image; the image's own width is added when smaller than the last. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;

/** Formats generated for every width, in the order a <picture> should offer them. */
export const VARIANT_FORMATS = ["avif", "webp"] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

export const VARIANT_CONTENT_TYPES: Record<VariantFormat, string> = {
  avif: "image/avif",
  webp: "image/webp",
};
