import { describe, expect, it } from "vitest";
import { hashPreviewToken, newPreviewToken, PREVIEW_TOKEN_PATTERN, previewPath } from "./preview-token";
import { previewTokenSchema } from "./validation/preview";

describe("preview tokens", () => {
  it("are 32 random bytes in base64url, stored only as their SHA-256", () => {
    const a = newPreviewToken();
    const b = newPreviewToken();
    expect(a.token).toMatch(PREVIEW_TOKEN_PATTERN);
    expect(Buffer.from(a.token, "base64url")).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(hashPreviewToken(a.token));
    expect(a.hash).not.toContain(a.token);
    expect(previewPath(a.token)).toBe(`/preview/${a.token}`);
  });

  it.each(["", "short", "a".repeat(44), `${"a".repeat(42)}/`, `${"a".repeat(42)}=`])(
    "rejects the segment %j",
    (segment) => {
      expect(previewTokenSchema.safeParse(segment).success).toBe(false);
    },
  );
});
