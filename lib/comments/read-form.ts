import { formFields } from "@/lib/action-state";

/**
 * A small form post's text fields, or null past `max` bytes (checked while reading, so a chunked
 * upload cannot get round it). A body that is not a form gives no fields, which validation reports.
 */
export async function readSmallForm(request: Request, max: number): Promise<Record<string, string> | null> {
  if (Number(request.headers.get("content-length") ?? 0) > max) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
  }
  const contentType = request.headers.get("content-type") ?? "";
  try {
    return formFields(
      await new Response(new Blob(chunks as BlobPart[]), {
        headers: { "Content-Type": contentType },
      }).formData(),
    );
  } catch {
    return {};
  }
}

export function wantsJson(headers: Headers): boolean {
  return (headers.get("accept") ?? "").includes("application/json");
}
