import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "./constants";
import { MediaError } from "./errors";
import { processImage } from "./process";

function photo(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } });
}

/** A JPEG carrying camera EXIF and a GPS position, as a phone writes it. */
function jpegWithGps(width: number, height: number, orientation = 1) {
  return photo(width, height)
    .jpeg()
    .withMetadata({ orientation })
    .withExifMerge({
      IFD0: { Make: "PhoneCo", Model: "Pocket 9", Copyright: "Someone" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "51/1 30/1 0/1",
        GPSLongitudeRef: "W",
        GPSLongitude: "0/1 7/1 0/1",
      },
    })
    .toBuffer();
}

async function refusal(input: Buffer): Promise<string> {
  const error = await processImage(input).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(MediaError);
  return (error as MediaError).message;
}

describe("processImage", () => {
  it("strips EXIF and GPS from the original and every size", async () => {
    const input = await jpegWithGps(1200, 800);
    const before = await sharp(input).metadata();
    expect(before.exif?.includes(Buffer.from("PhoneCo"))).toBe(true);
    // The GPS IFD pointer (tag 0x8825, LONG, count 1), little-endian as sharp writes it.
    expect(before.exif?.includes(Buffer.from([0x25, 0x88, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00]))).toBe(true);

    const result = await processImage(input);
    for (const buffer of [result.original.buffer, ...result.variants.map((v) => v.buffer)]) {
      const meta = await sharp(buffer).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(buffer.includes(Buffer.from("PhoneCo"))).toBe(false);
    }
    expect(result.original.ext).toBe("jpg");
    expect(result.mimeType).toBe("image/jpeg");
  });

  it("applies the EXIF orientation to the pixels before dropping it", async () => {
    const result = await processImage(await jpegWithGps(300, 200, 6));
    expect([result.width, result.height]).toEqual([200, 300]);
    const meta = await sharp(result.variants[0]!.buffer).metadata();
    expect([meta.width, meta.height]).toEqual([200, 300]);
  });

  it("renders 480, 960 and 1600 px in AVIF and WebP from a large photo", async () => {
    const result = await processImage(await photo(2400, 1350).png().toBuffer());
    expect(result).toMatchObject({ mimeType: "image/png", width: 2400, height: 1350 });
    const sizes = await Promise.all(
      result.variants.map(async (v) => {
        const meta = await sharp(v.buffer).metadata();
        return [v.width, v.format, meta.width, meta.format, meta.compression ?? ""];
      }),
    );
    expect(sizes).toEqual([
      [480, "avif", 480, "heif", "av1"],
      [480, "webp", 480, "webp", ""],
      [960, "avif", 960, "heif", "av1"],
      [960, "webp", 960, "webp", ""],
      [1600, "avif", 1600, "heif", "av1"],
      [1600, "webp", 1600, "webp", ""],
    ]);
  });

  it("never upscales a small image", async () => {
    const result = await processImage(await photo(320, 200).webp().toBuffer());
    expect(result.variants.map((v) => v.width)).toEqual([320, 320]);
    expect((await sharp(result.variants[0]!.buffer).metadata()).width).toBe(320);
  });

  it("accepts AVIF uploads", async () => {
    const result = await processImage(await photo(100, 50).avif({ effort: 0 }).toBuffer());
    expect(result).toMatchObject({
      mimeType: "image/avif",
      width: 100,
      height: 50,
      original: { ext: "avif" },
    });
  });

  it("refuses a text file renamed .jpg", async () => {
    expect(await refusal(Buffer.from("Quarterly notes\nnot a picture at all\n"))).toMatch(
      /not an image we accept.*JPEG, PNG, WebP or AVIF/,
    );
  });

  it("refuses a file over the size limit before decoding it", async () => {
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1);
    (await photo(10, 10).jpeg().toBuffer()).copy(big);
    expect(await refusal(big)).toBe("The file is larger than 10 MB.");
  });

  it("refuses an empty file, a GIF and a JPEG header followed by junk", async () => {
    expect(await refusal(Buffer.alloc(0))).toBe("The file is empty.");
    expect(await refusal(await photo(10, 10).gif().toBuffer())).toMatch(/not an image we accept/);
    const junk = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);
    expect(await refusal(junk)).toMatch(/could not be (read|processed)/);
  });

  it("refuses an image of too many pixels without decoding it", async () => {
    const huge = await sharp({ create: { width: 10_000, height: 5_001, channels: 3, background: "#000" } })
      .png({ compressionLevel: 1, palette: true })
      .toBuffer();
    expect(await refusal(huge)).toMatch(/over 50 megapixels/);
  });
});
