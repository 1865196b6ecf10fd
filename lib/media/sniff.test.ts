import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { sniffImageType } from "./sniff";

const solid = () => sharp({ create: { width: 8, height: 8, channels: 3, background: "#2a6" } });

describe("sniffImageType", () => {
  it.each([
    ["JPEG", () => solid().jpeg().toBuffer(), "image/jpeg"],
    ["PNG", () => solid().png().toBuffer(), "image/png"],
    ["WebP", () => solid().webp().toBuffer(), "image/webp"],
    ["AVIF", () => solid().avif({ effort: 0 }).toBuffer(), "image/avif"],
  ])("recognises %s from its bytes", async (_name, make, type) => {
    expect(sniffImageType(await make())).toBe(type);
  });

  it.each([
    ["a text file (whatever its name says)", Buffer.from("Just some notes, saved as photo.jpg\n")],
    ["an empty file", Buffer.alloc(0)],
    ["an SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ["a RIFF file that is not WebP", Buffer.from("RIFF\0\0\0\0WAVEfmt ")],
    ["an MP4 (ftyp without an AVIF brand)", Buffer.from("\0\0\0\x18ftypisom\0\0\0\0isommp41", "latin1")],
    ["HTML", Buffer.from("<!doctype html><script>alert(1)</script>")],
  ])("refuses %s", (_name, bytes) => {
    expect(sniffImageType(bytes)).toBeNull();
  });

  it("refuses a GIF, a real image of a type we do not take", async () => {
    expect(sniffImageType(await solid().gif().toBuffer())).toBeNull();
  });
});
