import { trustedProxyHops } from "@/db/config";
import { liveArticleIdBySlug } from "@/db/queries/most-read";
import { clientIpFrom } from "@/lib/client-ip";
import { recordView } from "@/lib/most-read";
import { createRateLimiter } from "@/lib/rate-limit";
import { isAutomatedAgent, MAX_BEACON_BYTES, viewBeaconBody } from "@/lib/view-beacon";

// One reader reads a handful of stories a minute; past that, one address cannot add more. The
// address lives only in this in-memory window and is never stored or logged.
const limiter = createRateLimiter(30, 60_000);

/**
 * The article page's view beacon (public/reader.js). Always 204, whether or not
 * the view counted, so the answer tells a client nothing about the filters.
 */
export async function POST(request: Request): Promise<Response> {
  const done = new Response(null, { status: 204 });
  if (isAutomatedAgent(request.headers.get("user-agent"))) return done;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BEACON_BYTES) return done;
  const parsed = viewBeaconBody.safeParse(await readCapped(request, MAX_BEACON_BYTES));
  if (!parsed.success) return done;
  if (!limiter.hit(clientIpFrom(request.headers, trustedProxyHops()))) return done;
  // Only a bump in memory here; lib/most-read.ts writes the counts to the database in batches.
  const articleId = liveArticleIdBySlug(parsed.data);
  if (articleId !== undefined) recordView(articleId);
  return done;
}

/** The body as text, or "" past `max` bytes: a chunked upload has no length to check first. */
async function readCapped(request: Request, max: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return "";
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
