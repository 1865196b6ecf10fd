import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "../db/config";
import { ensureAuthSecret, prepareDatabase, printDemoLogins } from "./prepare-db";

// One command for a newcomer: migrate, seed an empty database, build when there is no build
// for this database yet, then serve.
const distDir = process.env.NEXT_DIST_DIR || ".next";
const port = process.env.PORT || "3000";
const host = process.env.HOST;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: ensureAuthSecret() };

const seeded = await prepareDatabase();
if (seeded) console.log(`Seeded demo content into ${databasePath()}`);

// Pages are prerendered from the database at build time, so a build made against another
// database file is rebuilt rather than served.
const marker = path.join(distDir, "gazette-database");
const builtFor = fs.existsSync(marker) ? fs.readFileSync(marker, "utf8") : null;
if (!fs.existsSync(path.join(distDir, "BUILD_ID")) || builtFor !== databasePath() || seeded) {
  console.log("Building the portal (first start only)…");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  fs.writeFileSync(marker, databasePath());
}

printDemoLogins(`http://${host ?? "localhost"}:${port}`);
// scripts/serve.ts is `next start` plus the front server (lib/page-cache).
const args = ["tsx", "scripts/serve.ts", "-p", port, ...(host ? ["-H", host] : [])];
const server = spawn("npx", args, { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
