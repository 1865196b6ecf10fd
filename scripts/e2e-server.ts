import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Playwright's webServer: a throwaway database in e2e/.data, a production build in its own
// folder, and the production server (scripts/serve.ts) on loopback. Runs before any spec (Playwright starts webServer
// before globalSetup), so the database is reset here.
// E2E_INSTANCE lets several suites run side by side, each with its own database and build.
const instance = (process.env.E2E_INSTANCE || "default").replace(/[^a-z0-9-]/gi, "");
const dataDir = path.resolve("e2e/.data", instance);
const dbFile = path.join(dataDir, "gazette.db");
if (!dbFile.startsWith(path.resolve("e2e/.data") + path.sep)) {
  throw new Error(`Refusing to reset a database outside e2e/.data: ${dbFile}`);
}
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });

const port = process.env.E2E_PORT || "3100";
const env = {
  ...process.env,
  DATABASE_PATH: dbFile,
  NEXT_DIST_DIR: instance === "default" ? ".next-e2e" : `.next-e2e-${instance}`,
  AUTH_SECRET: "e2e-only-secret-not-for-production-use-000000",
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production" as const,
  // The Most read list refreshes every 5 minutes in production; a test cannot wait that long.
  MOST_READ_REFRESH_SECONDS: "2",
};

process.env.DATABASE_PATH = dbFile;
const { prepareDatabase } = await import("./prepare-db");
await prepareDatabase();

if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The production server, front server included, so the journeys cover what readers get.
const server = spawn("npx", ["tsx", "scripts/serve.ts", "-H", "127.0.0.1", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
