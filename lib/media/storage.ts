import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { dataDir } from "@/db/config";
import { VARIANT_CONTENT_TYPES } from "./constants";
import type { ProcessedImage } from "./process";
import { parseVariantFileName, STORAGE_KEY_PATTERN, variantFileName } from "./urls";

// Files of the media library, under <data folder>/media: generated sizes at the top (served by
// app/media/[file]), stripped originals in originals/ (never served; kept to re-render sizes).
// Never under public/ or in git: uploads are data, like the database beside them.

export function mediaDir(): string {
  return path.join(dataDir(), "media");
}
function originalsDir(): string {
  return path.join(mediaDir(), "originals");
}

/** 80 random bits as hex: unguessable, and safe in a file name and a URL as it is. */
export function newStorageKey(): string {
  return crypto.randomBytes(10).toString("hex");
}

function assertKey(key: string): void {
  if (!STORAGE_KEY_PATTERN.test(key)) throw new Error(`Not a storage key: ${key}`);
}

/** Writes the original and every size; on any failure removes what it wrote and rethrows. */
export async function writeMediaFiles(key: string, image: ProcessedImage): Promise<void> {
  assertKey(key);
  await fs.mkdir(originalsDir(), { recursive: true });
  const files: Array<[string, Buffer]> = [
    [path.join(originalsDir(), `${key}.${image.original.ext}`), image.original.buffer],
    ...image.variants.map((v): [string, Buffer] => [
      path.join(mediaDir(), variantFileName(key, v.width, v.format)),
      v.buffer,
    ]),
  ];
  try {
    // "wx": a key collision fails loudly instead of overwriting someone else's image.
    for (const [file, buffer] of files) await fs.writeFile(file, buffer, { flag: "wx" });
  } catch (error) {
    await removeMediaFiles(key);
    throw error;
  }
}

/** Removes an image's original and sizes; missing files are not an error. */
export async function removeMediaFiles(key: string): Promise<void> {
  assertKey(key);
  for (const dir of [mediaDir(), originalsDir()]) {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      continue;
    }
    const mine = names.filter((n) => n.startsWith(`${key}-`) || n.startsWith(`${key}.`));
    await Promise.all(mine.map((n) => fs.rm(path.join(dir, n), { force: true })));
  }
}

/**
 * One generated size by its public file name, or null. Only names of the exact variant shape
 * are looked up, so `..`, slashes, originals and anything else never reach the file system.
 */
export async function readVariant(name: string): Promise<{ body: Buffer; contentType: string } | null> {
  const variant = parseVariantFileName(name);
  if (!variant) return null;
  const file = path.join(mediaDir(), variantFileName(variant.key, variant.width, variant.format));
  try {
    return { body: await fs.readFile(file), contentType: VARIANT_CONTENT_TYPES[variant.format] };
  } catch {
    return null;
  }
}
