// The benchmark's servers (see run.ts): the production server under test, started in its own
// process group, and the bare node:http "ceiling"; ports, readiness, and stopping both on exit or
// on a signal. Every wait is bounded.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";

export const HOST = "127.0.0.1";

let server: ChildProcess | null = null;
let ceiling: http.Server | null = null;

/** Stops what this script started: the `next start` process group and the ceiling server. */
export async function cleanup(): Promise<void> {
  ceiling?.close();
  ceiling = null;
  const child = server;
  server = null;
  if (!child?.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 5_000).unref());
  if ((await Promise.race([exited, timeout])) === "timeout") {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      /* already gone */
    }
  }
}

/** On SIGINT or SIGTERM, stops the servers and exits with 130. */
export function cleanupOnSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping the server…`);
      void cleanup().finally(() => process.exit(130));
    });
  }
}

/**
 * Starts the production server (scripts/serve.ts): Next behind the front server, as `npm start`
 * runs it, with its output appended to the file descriptor `out`.
 */
export function startServer(root: string, env: NodeJS.ProcessEnv, port: number, out: number): ChildProcess {
  server = spawn(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/serve.ts", "-H", HOST, "-p", String(port)],
    {
      env,
      stdio: ["ignore", out, out],
      detached: true, // its own process group, so cleanup() stops next and its workers together
    },
  );
  return server;
}

/** Serves `html` from memory through a bare node:http server on the first free port from `from`. */
export async function startCeiling(html: Buffer, from: number): Promise<number> {
  const bare = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": html.length });
    res.end(html);
  });
  ceiling = bare;
  const port = await freePort(from);
  await new Promise<void>((resolve) => bare.listen(port, HOST, resolve));
  return port;
}

export function stopCeiling(): void {
  ceiling?.close();
  ceiling = null;
}

async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await isFree(port)) return port;
  throw new Error(`No free port on ${HOST} between ${from} and ${from + 99}`);
}

export async function waitForServer(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const res = await fetch(base + "/robots.txt", { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${base} did not answer within 120 s`);
}

/**
 * Waits (at most 120 s) until the server answers a cheap request quickly again: requests still
 * queued from one run must not count against the next.
 */
export async function settle(base: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const t0 = performance.now();
    try {
      await (await fetch(base + "/robots.txt", { signal: AbortSignal.timeout(10_000) })).arrayBuffer();
      if (performance.now() - t0 < 50) return;
    } catch {
      /* still busy */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log("  (the server was still busy after 120 s; the next figures may be affected)");
}
