import { createHash } from "node:crypto";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { READER_SCRIPT_SRC } from "./reader-script";

describe("READER_SCRIPT_SRC", () => {
  it("names public/reader.js with the hash of its current bytes, so a changed script gets a new address", () => {
    const hash = createHash("sha256").update(fs.readFileSync("public/reader.js")).digest("hex").slice(0, 12);
    expect(READER_SCRIPT_SRC).toBe(`/reader.js?v=${hash}`);
  });
});
