/**
 * Whether a POST came from one of our own pages. Browsers send `Sec-Fetch-Site` and `Origin` with
 * every form post and fetch, and a page cannot forge either, so a cross-site form (CSRF) is
 * refused. Requests carrying neither come from no browser and are not a cross-site risk; the
 * rest of the pipeline (validation, rate limit, moderation) still applies to them. The host is
 * the one the browser addressed: the reverse proxy's `X-Forwarded-Host`, else `Host`, as Next
 * checks for server actions.
 */
export function isSameOriginPost(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return false;
  const origin = headers.get("origin");
  if (origin === null) return true;
  const host = (headers.get("x-forwarded-host")?.split(",")[0] || headers.get("host") || "")
    .trim()
    .toLowerCase();
  if (!host) return false;
  try {
    // "null" (sandboxed frames, privacy-sensitive redirects) does not parse and is refused.
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
