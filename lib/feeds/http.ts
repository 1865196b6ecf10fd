// Responses for feeds and sitemaps. Their Cache-Control comes from next.config.ts (see
// lib/cache-headers.ts), like every other public path, so it is set in one place.

export function xmlResponse(body: string, contentType = "application/xml"): Response {
  return new Response(body, { headers: { "Content-Type": `${contentType}; charset=utf-8` } });
}

export function rssResponse(body: string): Response {
  return xmlResponse(body, "application/rss+xml");
}

/** A 404 for a section, tag or writer with no public page; cached like the page's own 404. */
export function notFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
