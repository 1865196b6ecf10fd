import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * Runs the Nu HTML Checker (the W3C validator, shipped as a jar by the vnu-jar npm package) on
 * saved HTML files with the machine's Java. Errors only: warnings are advice, errors break the
 * rule that the public pages are valid HTML. Shared by scripts/check-html.ts and the e2e spec.
 */

export const VNU_JAR = path.resolve("node_modules/vnu-jar/build/dist/vnu.jar");

export type NuMessage = { type: string; subType?: string; url?: string; message: string; lastLine?: number; extract?: string };

/**
 * Errors in markup we do not write. React renders a server-action form (the sign-in form,
 * posting to the page itself) as action="" so it works without JavaScript; the spec wants a
 * non-empty value but every browser reads "" as "this address". Nothing else is excused.
 */
const NOT_OURS = [/^Bad value “” for attribute “action” on element “form”: Must be non-empty\.$/];

export function runNuChecker(files: string[]): NuMessage[] {
  if (files.length === 0) return [];
  const result = spawnSync(
    "java",
    ["-Xss2m", "-jar", VNU_JAR, "--errors-only", "--format", "json", "--stdout", "--exit-zero-always", ...files],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error) throw new Error(`Could not run Java for the Nu HTML Checker: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`The Nu HTML Checker failed (${result.status}): ${result.stderr}`);
  const { messages } = JSON.parse(result.stdout) as { messages: NuMessage[] };
  // "non-document-error" means the checker could not read a file: report it like any error.
  return messages.filter(
    (m) => (m.type === "error" || m.type === "non-document-error") && !NOT_OURS.some((re) => re.test(m.message)),
  );
}

/** One readable line per error: which page, where, and what. */
export function formatNuMessage(m: NuMessage): string {
  const file = m.url ? path.basename(decodeURIComponent(m.url)) : "?";
  return `${file}:${m.lastLine ?? "?"} ${m.message}${m.extract ? ` — ${m.extract.trim().slice(0, 120)}` : ""}`;
}
