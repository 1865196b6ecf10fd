import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/validation/article";

/** The beacon's body is the bare slug as text/plain; anything else is refused unread. */
export const viewBeaconBody = z.string().trim().min(1).max(100).regex(SLUG_PATTERN);

/** Bytes the beacon may send: a slug is at most 100 characters. */
export const MAX_BEACON_BYTES = 200;

// Crawlers, link unfurlers, monitors and headless browsers run scripts too, and would otherwise
// rank whatever they happen to fetch. Matched on the user agent only: no fingerprinting.
const AUTOMATED =
  /bot|crawl|spider|slurp|scrape|fetch|preview|facebookexternalhit|embedly|headless|lighthouse|pagespeed|phantom|selenium|puppeteer|playwright|python|curl|wget|httpclient|java\/|go-http|node-fetch|axios/i;

export function isAutomatedAgent(userAgent: string | null): boolean {
  return !userAgent || AUTOMATED.test(userAgent);
}
