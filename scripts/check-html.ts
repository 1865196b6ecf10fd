import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatNuMessage, runNuChecker } from "../lib/testing/nu-checker";

/**
 * npm run check:html [-- --base http://localhost:3000] [extra paths…]
 * Fetches each public page type from a running portal (the demo content's addresses) and runs the
 * Nu HTML Checker on what the server sent; exits 1 on any error. The e2e suite runs the same check
 * (e2e/html-validity.spec.ts), including a second page of a list, which the demo data lacks.
 */
const DEFAULT_PATHS = [
  "/",
  "/articles/riverside-flood-barrier-approved",
  "/sections/news",
  "/tags/flooding",
  "/authors/tomas-ferreira",
  "/corrections",
  "/search?q=council",
  "/articles/no-such-story",
  "/login",
];

const args = process.argv.slice(2);
const baseIndex = args.indexOf("--base");
const base = baseIndex >= 0 ? args[baseIndex + 1] : process.env.BASE_URL || "http://localhost:3000";
if (!base) throw new Error("--base needs a URL");
const extra = args.filter((_, i) => i !== baseIndex && i !== baseIndex + 1);
const paths = [...DEFAULT_PATHS, ...extra];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gazette-html-"));
try {
  const files: string[] = [];
  for (const [i, pagePath] of paths.entries()) {
    const response = await fetch(new URL(pagePath, base), { redirect: "manual" });
    // The 404 page is a page type too; anything else unexpected is worth stopping for.
    if (response.status !== 200 && response.status !== 404) throw new Error(`${pagePath}: HTTP ${response.status}`);
    const file = path.join(dir, `${i}-${pagePath.replace(/\W+/g, "-") || "front"}.html`);
    fs.writeFileSync(file, await response.text());
    files.push(file);
    console.log(`fetched ${pagePath} (${response.status}) -> ${path.basename(file)}`);
  }
  const errors = runNuChecker(files);
  for (const line of errors.map(formatNuMessage)) console.error(line);
  console.log(errors.length === 0 ? `Valid: ${files.length} pages, no errors.` : `${errors.length} errors.`);
  process.exitCode = errors.length === 0 ? 0 : 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
