import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes in base64url: 43 characters, nothing to guess. */
export const STATUS_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A commenter's private status link. Only the SHA-256 (hex) is stored in
 * comments.status_token_hash, so a copy of the database cannot be turned into working links.
 */
export function hashStatusToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newStatusToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashStatusToken(token) };
}

export function commentStatusPath(token: string): string {
  return `/comments/status/${token}`;
}
