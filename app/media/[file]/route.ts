import { readVariant } from "@/lib/media/storage";

// Generated image sizes from <data folder>/media. A size's name carries a random key and never
// changes content (an edit makes a new upload), so browsers and proxies may keep it for a year.
// readVariant accepts only exact `<hex key>-<width>.<avif|webp>` names: no traversal, no originals.

const IMMUTABLE = "public, max-age=31536000, immutable";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const variant = await readVariant(file);
  if (!variant) {
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(new Uint8Array(variant.body), {
    headers: {
      "Content-Type": variant.contentType,
      "Content-Length": String(variant.body.length),
      "Cache-Control": IMMUTABLE,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
