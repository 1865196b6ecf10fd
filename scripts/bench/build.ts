// The production build the benchmark serves (see run.ts), in its own dist directory, remembering
// which database it was built against (`distDir` must be the NEXT_DIST_DIR of `env`). Returns how
// long the build took, or null when BENCH_SKIP_BUILD=1 skipped it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export function build(distDir: string, env: NodeJS.ProcessEnv, dbFile: string, log: (message: string) => void): number | null {
  if (process.env.BENCH_SKIP_BUILD === "1") {
    const marker = path.join(distDir, "gazette-database");
    const builtFor = fs.existsSync(marker) ? fs.readFileSync(marker, "utf8") : null;
    if (!fs.existsSync(path.join(distDir, "BUILD_ID")))
      throw new Error(`BENCH_SKIP_BUILD=1 but there is no build in ${distDir}`);
    if (builtFor !== dbFile)
      log(
        `Warning: ${distDir} was built against ${builtFor ?? "an unknown database"}; its cached pages may not match.`,
      );
    return null;
  }
  log(`Building into ${distDir}…`);
  const t0 = performance.now();
  fs.rmSync(distDir, { recursive: true, force: true });
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env, timeout: 15 * 60_000 });
  if (result.status !== 0) throw new Error(`next build failed (${result.status ?? result.signal})`);
  fs.writeFileSync(path.join(distDir, "gazette-database"), dbFile);
  return performance.now() - t0;
}
