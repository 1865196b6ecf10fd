import { serializeJsonLd } from "@/lib/structured-data";

/** Structured data for search engines; serializeJsonLd makes it safe to inline. */
export function JsonLd({ data }: { data: unknown }) {
  // The only raw HTML here is JSON whose "<" are escaped, so no value can close the tag.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
