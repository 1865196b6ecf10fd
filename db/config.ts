import fs from "node:fs";
import path from "node:path";

/** The SQLite file; its folder is the portal's data folder (secret, uploads later). */
export function databasePath(): string {
  return path.resolve(process.env.DATABASE_PATH || "data/gazette.db");
}

export function dataDir(): string {
  return path.dirname(databasePath());
}

/**
 * Salt for hashing commenters' IP addresses. Reuses the session secret (from the environment or
 * the data folder's `auth-secret` file) so each installation hashes differently; the constant is a
 * last resort that still keeps raw addresses out of the database.
 */
export function ipHashSalt(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  try {
    return fs.readFileSync(path.join(dataDir(), "auth-secret"), "utf8").trim() || FALLBACK_SALT;
  } catch {
    return FALLBACK_SALT;
  }
}
const FALLBACK_SALT = "gazette-comment-ip-salt";

/** The portal's public origin, for canonical and Open Graph URLs. */
export function siteUrl(): URL {
  const raw = process.env.SITE_URL || process.env.AUTH_URL || "http://localhost:3000";
  try {
    return new URL(raw);
  } catch {
    return new URL("http://localhost:3000");
  }
}

/** How many reverse proxies in front of the portal append to X-Forwarded-For (default 1). */
export function trustedProxyHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1);
  return Number.isInteger(hops) && hops >= 1 ? hops : 1;
}

/**
 * How often, in seconds, the Most read list may change on cached reader pages (default 300). The
 * e2e server sets it low so a test can watch the list update.
 */
export function mostReadRefreshSeconds(): number {
  const seconds = Number(process.env.MOST_READ_REFRESH_SECONDS ?? 300);
  return Number.isInteger(seconds) && seconds >= 1 ? seconds : 300;
}
