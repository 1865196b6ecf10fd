import { createHash } from "node:crypto";

/**
 * The caller's address for rate limits. X-Forwarded-For is read from the right: each proxy
 * appends the address it saw, so the entry `trustedHops` from the end was written by our own
 * nearest proxy, while anything further left may have been typed by the client. Next fills the
 * header with the socket address when it is absent. Behind two proxies (CDN + nginx), pass 2.
 */
export function clientIpFrom(headers: Headers, trustedHops = 1): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length) return entries[Math.max(0, entries.length - Math.max(1, trustedHops))]!;
  return headers.get("x-real-ip")?.trim() || "unknown";
}

/** Salted hash so stored comments can be grouped by origin without keeping the address. */
export function hashIp(ip: string, salt: string): string {
  return createHash("sha256").update(`${salt}:${ip}`).digest("hex").slice(0, 32);
}
