// `npm run bench` (issue 4, "Speed"): build, generate a large throwaway database, serve it with
// `next start` on loopback, load each page type with autocannon, report client JS per page, and
// write the tables to bench-results/. Never touches data/; every loop and wait is bounded.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { SEED_ARTICLES } from "../../db/seed-content";
import { prepareBenchDatabase } from "./database";
import { judge, loadTable, scriptTable, type LoadResultRow, type ScriptBytesRow } from "./format";
import { measureScriptBytes } from "./script-bytes";

const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    comments: { type: "string", default: "1000000" },
    fresh: { type: "boolean", default: false },
    duration: { type: "string", default: process.env.BENCH_DURATION || "10" },
    connections: { type: "string", default: process.env.BENCH_CONNECTIONS || "50" },
    port: { type: "string", default: process.env.BENCH_PORT || "3400" },
    "search-word": { type: "string", default: "harbour" },
  },
});

function positiveInt(name: string, raw: string | undefined, min = 0): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got ${raw}`);
  return n;
}
const ARTICLES = positiveInt("articles", args.articles);
const COMMENTS = positiveInt("comments", args.comments);
const DURATION = positiveInt("duration", args.duration, 1);
const CONNECTIONS = positiveInt("connections", args.connections, 1);
const SEARCH_WORD = args["search-word"]!;

const ROOT = process.cwd();
const RESULTS = path.join(ROOT, "bench-results");
const DIST_DIR = ".next-bench";
const HOST = "127.0.0.1";
const AUTH_SECRET = "bench-only-secret-not-for-production-use-0000";

let server: ChildProcess | null = null;
let ceiling: http.Server | null = null;

/** Stops what this script started: the `next start` process group and the ceiling server. */
async function cleanup(): Promise<void> {
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

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the server…`);
    void cleanup().finally(() => process.exit(130));
  });
}

function log(message: string): void {
  console.log(message);
}

function build(env: NodeJS.ProcessEnv, dbFile: string): number | null {
  if (process.env.BENCH_SKIP_BUILD === "1") {
    const marker = path.join(DIST_DIR, "gazette-database");
    const builtFor = fs.existsSync(marker) ? fs.readFileSync(marker, "utf8") : null;
    if (!fs.existsSync(path.join(DIST_DIR, "BUILD_ID")))
      throw new Error(`BENCH_SKIP_BUILD=1 but there is no build in ${DIST_DIR}`);
    if (builtFor !== dbFile)
      log(
        `Warning: ${DIST_DIR} was built against ${builtFor ?? "an unknown database"}; its cached pages may not match.`,
      );
    return null;
  }
  log(`Building into ${DIST_DIR}…`);
  const t0 = performance.now();
  fs.rmSync(DIST_DIR, { recursive: true, force: true });
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env, timeout: 15 * 60_000 });
  if (result.status !== 0) throw new Error(`next build failed (${result.status ?? result.signal})`);
  fs.writeFileSync(path.join(DIST_DIR, "gazette-database"), dbFile);
  return performance.now() - t0;
}

async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await isFree(port)) return port;
  throw new Error(`No free port on ${HOST} between ${from} and ${from + 99}`);
}

async function waitForServer(base: string, child: ChildProcess): Promise<void> {
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
async function settle(base: string): Promise<void> {
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
  log("  (the server was still busy after 120 s; the next figures may be affected)");
}

type LoadOptions = { connections?: number; headers?: Record<string, string>; paths?: string[] };

/** autocannon on one URL, or round-robin over `paths` (so no two searches in a row are alike). */
async function load(
  url: string,
  options: LoadOptions = {},
): Promise<{ rps: number; p50: number; p99: number; errors: number; non2xx: number; total: number }> {
  const paths = options.paths;
  let next = 0;
  const r = await autocannon({
    url,
    connections: options.connections ?? CONNECTIONS,
    duration: DURATION,
    timeout: 10,
    headers: options.headers,
    ...(paths && paths.length > 0
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                path: paths[next++ % paths.length]!,
              }),
            },
          ],
        }
      : {}),
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    total: r.requests.total,
  };
}

function gitCommit(): string {
  try {
    const rev = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim()
      ? " (with uncommitted changes)"
      : "";
    return rev + dirty;
  } catch {
    return "unknown";
  }
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  const { file: dbFile, generatedMs, detail } = await prepareBenchDatabase({ articles: ARTICLES, comments: COMMENTS, fresh: args.fresh, root: ROOT, log });

  // Pick the pages to load from the database itself.
  const sqlite = new Database(dbFile, { readonly: true });
  const seededSlug = SEED_ARTICLES.find((a) => a.hoursAgo !== null)!.slug;
  const busiest = sqlite
    .prepare(
      `SELECT a.slug, count(*) AS n FROM comments c JOIN articles a ON a.id = c.article_id
       WHERE c.status = 'approved' AND a.slug GLOB '*-b[0-9]*' GROUP BY c.article_id ORDER BY n DESC LIMIT 1`,
    )
    .get() as { slug: string; n: number } | undefined;
  const section = sqlite
    .prepare(
      `SELECT s.slug, count(a.id) AS n FROM sections s LEFT JOIN articles a ON a.section_id = s.id AND a.status = 'published'
       GROUP BY s.id ORDER BY s.sort_order LIMIT 1`,
    )
    .get() as { slug: string; n: number };
  const counts = sqlite
    .prepare(
      "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM comments) AS comments",
    )
    .get() as { articles: number; comments: number };
  // Words of middling frequency from the search index itself, so each search differs.
  const searchWords = (
    sqlite
      .prepare(
        `SELECT term FROM article_search_vocab WHERE doc BETWEEN 20 AND ? AND length(term) >= 5 AND term GLOB '[a-z]*' AND term NOT GLOB '*[0-9]*'
         ORDER BY substr(term, 3) LIMIT 60`,
      )
      .all(Math.max(20, Math.floor(counts.articles / 20))) as Array<{ term: string }>
  ).map((r) => r.term);
  sqlite.close();
  const deepPage = Math.min(500, Math.ceil(section.n / 10));

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_PATH: dbFile,
    NEXT_DIST_DIR: DIST_DIR,
    AUTH_SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  const buildMs = build(env, dbFile);

  const port = await freePort(Number(args.port));
  const base = `http://${HOST}:${port}`;
  fs.mkdirSync(RESULTS, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
  const serverLog = path.join(RESULTS, `${stamp}-server.log`);
  const out = fs.openSync(serverLog, "a");
  log(`Starting the server on ${base} (log: ${path.relative(ROOT, serverLog)})`);
  // The production server (scripts/serve.ts): Next behind the front server, as `npm start` runs it.
  server = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/serve.ts", "-H", HOST, "-p", String(port)],
    {
      env,
      stdio: ["ignore", out, out],
      detached: true, // its own process group, so cleanup() stops next and its workers together
    },
  );
  await waitForServer(base, server);

  type Target = { name: string; path: string; kind: "article" | "search" | "page"; options?: LoadOptions };
  const searchPaths = searchWords.map((w) => `/search?q=${encodeURIComponent(w)}`);
  const searchPath = `/search?q=${encodeURIComponent(SEARCH_WORD)}`;
  const targets: Target[] = [
    { name: "front page", path: "/", kind: "page" },
    { name: "article (demo)", path: `/articles/${seededSlug}`, kind: "article" },
    // What browsers get: the same page, pre-compressed.
    {
      name: "article (demo), br",
      path: `/articles/${seededSlug}`,
      kind: "article",
      options: { headers: { "accept-encoding": "br, gzip" } },
    },
    ...(busiest
      ? [
          {
            name: `article (${busiest.n} comments)`,
            path: `/articles/${busiest.slug}`,
            kind: "article" as const,
          },
        ]
      : []),
    { name: "section", path: `/sections/${section.slug}`, kind: "page" },
    ...(deepPage > 1
      ? [
          {
            name: `section page ${deepPage}`,
            path: `/sections/${section.slug}/page/${deepPage}`,
            kind: "page" as const,
          },
        ]
      : []),
    { name: "site feed", path: "/feed.xml", kind: "page" },
    // Searches render per request: last, so a slow one cannot hold up the cached pages' runs.
    // One reader's search (1 connection) is held to the 20 ms target; 50 readers searching at
    // once, each for another word, to the 100 ms one every page has.
    {
      name: `search "${SEARCH_WORD}", 1 connection`,
      path: searchPath,
      kind: "search",
      options: { connections: 1 },
    },
    ...(searchPaths.length > 0
      ? [
          {
            name: `search, ${searchPaths.length} words in turn, 1 connection`,
            path: searchPaths[0]!,
            kind: "search" as const,
            options: { connections: 1, paths: searchPaths },
          },
          {
            name: `search, ${searchPaths.length} words in turn`,
            path: searchPaths[0]!,
            kind: "page" as const,
            options: { paths: searchPaths },
          },
        ]
      : []),
  ];

  // Warm each page twice (the first request may render and fill the cache), and check it answers.
  const cacheState = new Map<string, string>();
  for (const t of targets) {
    for (let i = 0; i < 2; i++) {
      const res = await fetch(base + t.path, { redirect: "manual", signal: AbortSignal.timeout(60_000) });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${t.path} answered ${res.status} while warming`);
      cacheState.set(
        t.path,
        `${res.headers.get("x-nextjs-cache") ?? "-"}/${res.headers.get("x-gazette-cache") ?? "-"}`,
      );
    }
  }

  const rows: LoadResultRow[] = [];
  for (const t of targets) {
    const connections = t.options?.connections ?? CONNECTIONS;
    log(`Loading ${t.name} (${t.path}) for ${DURATION} s at ${connections} connection(s)…`);
    const r = await load(base + t.path, t.options);
    await settle(base);
    const shownPath = t.options?.paths ? "/search?q=…" : t.path;
    rows.push(
      judge(
        {
          name: t.name,
          path: shownPath,
          requestsPerSec: r.rps,
          p50: r.p50,
          p99: r.p99,
          errors: r.errors,
          non2xx: r.non2xx,
          requests: r.total,
        },
        t.kind,
      ),
    );
  }

  // The ceiling: the same article HTML from memory through a bare node:http server.
  const articleHtml = Buffer.from(await (await fetch(`${base}/articles/${seededSlug}`)).arrayBuffer());
  ceiling = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": articleHtml.length });
    res.end(articleHtml);
  });
  const ceilingPort = await freePort(port + 1);
  await new Promise<void>((resolve) => ceiling!.listen(ceilingPort, HOST, resolve));
  log(`Loading the bare node:http ceiling (${articleHtml.length} bytes)…`);
  const c = await load(`http://${HOST}:${ceilingPort}/`);
  rows.push(
    judge(
      {
        name: "ceiling: node:http, same article HTML",
        path: "/",
        requestsPerSec: c.rps,
        p50: c.p50,
        p99: c.p99,
        errors: c.errors,
        non2xx: c.non2xx,
        requests: c.total,
      },
      "ceiling",
    ),
  );
  ceiling.close();
  ceiling = null;

  // Client JavaScript per page type.
  const scriptRows: ScriptBytesRow[] = [];
  const chunkCache = new Map<string, Buffer>();
  const jsPages = [
    { name: "front page", path: "/" },
    { name: "article", path: `/articles/${seededSlug}` },
    { name: "section", path: `/sections/${section.slug}` },
    { name: "search", path: `/search?q=${encodeURIComponent(SEARCH_WORD)}` },
    { name: "author", path: "/authors/" + (await firstAuthorSlug(dbFile)) },
    { name: "tag", path: "/tags/" + (await firstTagSlug(dbFile)) },
  ];
  for (const p of jsPages) {
    const s = await measureScriptBytes(base + p.path, chunkCache);
    scriptRows.push({ name: p.name, path: p.path, ...s });
  }
  await cleanup();

  const loadAfter = os.loadavg();
  const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");
  const meta = {
    date: startedAt.toISOString(),
    commit: gitCommit(),
    node: process.version,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}`,
    loadBefore: fmtLoad(loadBefore),
    loadAfter: fmtLoad(loadAfter),
    articles: counts.articles,
    comments: counts.comments,
    generatedSeconds: generatedMs === null ? null : Math.round(generatedMs / 100) / 10,
    generation: detail,
    buildSeconds: buildMs === null ? null : Math.round(buildMs / 100) / 10,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    command: ["npm run bench", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : [])].join(
      " ",
    ),
  };
  const md = [
    `# Gazette benchmark, ${meta.date}`,
    "",
    `- command: \`${meta.command}\`${process.env.BENCH_SKIP_BUILD === "1" ? " (BENCH_SKIP_BUILD=1)" : ""}`,
    `- commit ${meta.commit}, Node ${meta.node}, ${meta.cpus}`,
    `- load average (1/5/15 min) before ${meta.loadBefore}, after ${meta.loadAfter}`,
    `- database: ${meta.articles.toLocaleString("en-GB")} articles, ${meta.comments.toLocaleString("en-GB")} comments; ` +
      (meta.generatedSeconds === null
        ? "reused"
        : `generated in ${meta.generatedSeconds} s (${meta.generation})`),
    `- build: ${meta.buildSeconds === null ? "skipped" : `${meta.buildSeconds} s`}`,
    `- autocannon: ${CONNECTIONS} connections, ${DURATION} s per page, load generator on the same machine`,
    `- x-nextjs-cache / x-gazette-cache (front server) after warming: ${[...cacheState].map(([p, s]) => `\`${p}\` ${s}`).join(", ")}`,
    "",
    "## Throughput and latency",
    "",
    loadTable(rows),
    "",
    "## Client JavaScript per page type",
    "",
    scriptTable(scriptRows),
    "",
  ].join("\n");
  fs.writeFileSync(path.join(RESULTS, `${stamp}.md`), md);
  fs.writeFileSync(
    path.join(RESULTS, `${stamp}.json`),
    JSON.stringify(
      { meta, cache: Object.fromEntries(cacheState), load: rows, scripts: scriptRows },
      null,
      2,
    ) + "\n",
  );
  console.log("\n" + md);
  console.log(`Written to ${path.relative(ROOT, path.join(RESULTS, `${stamp}.md`))} and .json`);
}

async function firstAuthorSlug(dbFile: string): Promise<string> {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (
      db
        .prepare(
          "SELECT u.slug FROM users u JOIN article_authors aa ON aa.user_id = u.id GROUP BY u.id ORDER BY u.id LIMIT 1",
        )
        .get() as { slug: string }
    ).slug;
  } finally {
    db.close();
  }
}

async function firstTagSlug(dbFile: string): Promise<string> {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare("SELECT slug FROM tags ORDER BY id LIMIT 1").get() as { slug: string }).slug;
  } finally {
    db.close();
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
