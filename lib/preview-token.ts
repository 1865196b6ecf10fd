import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes in base64url: 43 characters, nothing to guess. */
export const PREVIEW_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Only the SHA-256 of a preview token is stored, so a copy of the database (a backup, a leaked
 * file) cannot be turned into working preview links. The token itself is shown once.
 */
export function hashPreviewToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newPreviewToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashPreviewToken(token) };
}

export function previewPath(token: string): string {
  return `/preview/${token}`;
}
