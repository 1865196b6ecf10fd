import { VARIANT_WIDTHS, type VariantFormat } from "./constants";

// Names and addresses of generated image sizes. Pure functions shared by the server (writing
// and serving files) and the reader pages (srcset), so both always agree on the names.

/** Random storage keys: lowercase hex, so a key can never carry a path separator or a dot. */
export const STORAGE_KEY_PATTERN = /^[a-f0-9]{20,64}$/;

const MAX_WIDTH = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!;
const VARIANT_NAME = /^([a-f0-9]{20,64})-([1-9][0-9]{0,4})\.(avif|webp)$/;
const LIBRARY_URL = /^\/media\/([a-f0-9]{20,64})-([1-9][0-9]{0,4})\.webp$/;

/**
 * The widths generated for an image `originalWidth` pixels wide: every standard width below
 * it, then the largest it can have without upscaling. A 1,000 px photo gets 480, 960 and 1000.
 */
export function variantWidths(originalWidth: number): number[] {
  const largest = Math.min(Math.max(1, Math.round(originalWidth)), MAX_WIDTH);
  return [...VARIANT_WIDTHS.filter((w) => w < largest), largest];
}

export function variantFileName(key: string, width: number, format: VariantFormat): string {
  return `${key}-${width}.${format}`;
}

export type VariantName = { key: string; width: number; format: VariantFormat };

/** Reads a requested file name; anything that is not exactly a variant name is refused. */
export function parseVariantFileName(name: string): VariantName | null {
  const match = VARIANT_NAME.exec(name);
  if (!match) return null;
  return { key: match[1]!, width: Number(match[2]), format: match[3] as VariantFormat };
}

/**
 * The address stored in `articles.hero_image_url` for a library image: its largest WebP. The
 * largest width alone tells which smaller widths exist (see variantWidths), so reader pages
 * can build a srcset from the URL without another query.
 */
export function libraryImageUrl(key: string, originalWidth: number): string {
  const widths = variantWidths(originalWidth);
  return `/media/${variantFileName(key, widths[widths.length - 1]!, "webp")}`;
}

export type LibraryImage = { key: string; widths: number[] };

/** A library image behind a stored URL, or null for any other URL (e.g. /images/x.svg). */
export function parseLibraryImageUrl(url: string | null | undefined): LibraryImage | null {
  const match = url ? LIBRARY_URL.exec(url) : null;
  if (!match) return null;
  const largest = Number(match[2]);
  if (largest > MAX_WIDTH) return null;
  return { key: match[1]!, widths: variantWidths(largest) };
}

/** `srcset` for one format: "/media/k-480.avif 480w, /media/k-960.avif 960w, …". */
export function srcSet(image: LibraryImage, format: VariantFormat): string {
  return image.widths.map((w) => `/media/${variantFileName(image.key, w, format)} ${w}w`).join(", ");
}

/** The smallest size, for admin thumbnails. */
export function thumbnailUrl(key: string, originalWidth: number): string {
  return `/media/${variantFileName(key, variantWidths(originalWidth)[0]!, "webp")}`;
}
