import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { processImage } from "./process";
import { mediaDir, newStorageKey, readVariant, removeMediaFiles, writeMediaFiles } from "./storage";

describe("media storage", () => {
  it("writes under <data folder>/media, reads sizes back by name, and removes them all", async () => {
    const image = await processImage(
      await sharp({ create: { width: 600, height: 400, channels: 3, background: "#888" } })
        .jpeg()
        .toBuffer(),
    );
    const key = newStorageKey();
    await writeMediaFiles(key, image);

    expect(mediaDir()).toBe(path.join(path.dirname(process.env.DATABASE_PATH!), "media"));
    expect(
      fs
        .readdirSync(mediaDir())
        .filter((n) => n.startsWith(key))
        .sort(),
    ).toEqual([`${key}-480.avif`, `${key}-480.webp`, `${key}-600.avif`, `${key}-600.webp`].sort());
    expect(fs.existsSync(path.join(mediaDir(), "originals", `${key}.jpg`))).toBe(true);

    const served = await readVariant(`${key}-600.avif`);
    expect(served?.contentType).toBe("image/avif");
    expect(
      served?.body.equals(image.variants.find((v) => v.width === 600 && v.format === "avif")!.buffer),
    ).toBe(true);
    // Originals are never served, and names outside the pattern never touch the disk.
    expect(await readVariant(`originals/${key}.jpg`)).toBeNull();
    expect(await readVariant(`../gazette.db`)).toBeNull();
    expect(await readVariant(`${key}-1600.webp`)).toBeNull();

    await removeMediaFiles(key);
    expect(fs.readdirSync(mediaDir()).some((n) => n.startsWith(key))).toBe(false);
    expect(fs.readdirSync(path.join(mediaDir(), "originals")).some((n) => n.startsWith(key))).toBe(false);
  });

  it("refuses a key that could name a path", async () => {
    await expect(removeMediaFiles("../x")).rejects.toThrow(/Not a storage key/);
  });
});
