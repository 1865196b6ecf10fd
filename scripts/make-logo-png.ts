import path from "node:path";
import sharp from "sharp";

// Google's article structured data wants the publisher logo as a raster image (600x60 at most);
// public/logo.svg may not be accepted. Run once after changing the SVG:
//   npx tsx scripts/make-logo-png.ts
// The SVG is fitted into 600x60 on a white background so the mark reads on any surface.
const source = path.resolve("public/logo.svg");
const target = path.resolve("public/logo.png");

const logo = await sharp(source, { density: 300 }).resize({ height: 56, fit: "inside" }).png().toBuffer();
await sharp({ create: { width: 600, height: 60, channels: 4, background: "#ffffff" } })
  .composite([{ input: logo, gravity: "west" }])
  .png()
  .toFile(target);
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
