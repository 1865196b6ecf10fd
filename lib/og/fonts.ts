import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

type OgFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };

// Merriweather (SIL OFL, assets/fonts/OFL-Merriweather.txt), copied from @fontsource/merriweather
// as .woff: satori, behind next/og, reads TTF, OTF and WOFF but not WOFF2. Shipping the files
// keeps the social card offline-safe (next/font/google cannot fetch here). The latin-ext file
// covers accented names the latin subset lacks; satori falls back across same-named fonts.
const FILES: Array<[file: string, weight: 400 | 700]> = [
  ["merriweather-latin-700-normal.woff", 700],
  ["merriweather-latin-ext-700-normal.woff", 700],
  ["merriweather-latin-400-normal.woff", 400],
];

let loaded: Promise<OgFont[]> | undefined;

/** The card's fonts, read from disk once per server process. */
export function ogFonts(): Promise<OgFont[]> {
  loaded ??= Promise.all(
    FILES.map(async ([file, weight]) => ({
      name: "Merriweather",
      data: await readFile(path.join(process.cwd(), "assets/fonts", file)),
      weight,
      style: "normal" as const,
    })),
  );
  return loaded;
}
