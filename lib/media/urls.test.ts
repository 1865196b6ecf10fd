import { describe, expect, it } from "vitest";
import {
  libraryImageUrl,
  parseLibraryImageUrl,
  parseVariantFileName,
  srcSet,
  thumbnailUrl,
  variantWidths,
} from "./urls";

const KEY = "0123456789abcdef0123";

describe("variantWidths", () => {
  it.each([
    [4000, [480, 960, 1600]],
    [1600, [480, 960, 1600]],
    [1000, [480, 960, 1000]],
    [960, [480, 960]],
    [300, [300]],
  ])("a %i px image gets %j, never upscaled", (width, expected) => {
    expect(variantWidths(width)).toEqual(expected);
  });
});

describe("library image URLs", () => {
  it("round-trips: the stored URL tells every width", () => {
    const url = libraryImageUrl(KEY, 1000);
    expect(url).toBe(`/media/${KEY}-1000.webp`);
    const image = parseLibraryImageUrl(url)!;
    expect(image).toEqual({ key: KEY, widths: [480, 960, 1000] });
    expect(srcSet(image, "avif")).toBe(
      `/media/${KEY}-480.avif 480w, /media/${KEY}-960.avif 960w, /media/${KEY}-1000.avif 1000w`,
    );
    expect(thumbnailUrl(KEY, 300)).toBe(`/media/${KEY}-300.webp`);
  });

  it.each([
    "/images/river.svg",
    "https://example.org/media/0123456789abcdef0123-960.webp",
    `/media/${KEY}-960.avif`,
    `/media/${KEY}-2400.webp`,
    `/media/${KEY.toUpperCase()}-960.webp`,
    "",
    null,
  ])("treats %s as a plain URL", (url) => {
    expect(parseLibraryImageUrl(url)).toBeNull();
  });
});

describe("parseVariantFileName", () => {
  it("reads a generated size's name", () => {
    expect(parseVariantFileName(`${KEY}-480.avif`)).toEqual({ key: KEY, width: 480, format: "avif" });
  });

  it.each([
    "../auth-secret",
    `..%2F${KEY}-480.webp`,
    `${KEY}-480.webp/../../gazette.db`,
    `originals/${KEY}.jpg`,
    `${KEY}.jpg`,
    `${KEY}-480.png`,
    `${KEY}-0480.webp`,
    "gazette.db",
    `short-480.webp`,
  ])("refuses %s", (name) => {
    expect(parseVariantFileName(name)).toBeNull();
  });
});
