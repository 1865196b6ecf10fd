import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The address of public/reader.js with a content hash, so browsers may keep it for a year
 * (lib/cache-headers.ts) and still get a new copy the moment a deploy changes it. Reader pages
 * are rendered at build time or on the server, both from the project folder.
 */
function readerScriptSrc(): string {
  try {
    const bytes = fs.readFileSync(path.join(process.cwd(), "public", "reader.js"));
    return `/reader.js?v=${createHash("sha256").update(bytes).digest("hex").slice(0, 12)}`;
  } catch {
    return "/reader.js";
  }
}

export const READER_SCRIPT_SRC = readerScriptSrc();
