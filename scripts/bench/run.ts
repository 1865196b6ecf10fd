// `npm run bench` (issue 4, "Speed"): build, generate a large throwaway database, serve it with
// `next start` on loopback, load each page type with autocannon, report client JS per page, and
// write the tables to bench-results/. Never touches data/; every loop and wait is bounded.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { build } from "./build";
import { prepareBenchDatabase } from "./database";
import { judge, loadTable, scriptTable, type LoadResultRow, type ScriptBytesRow } from "./format";
import { load, type LoadRun } from "./load";
import { firstAuthorSlug, firstTagSlug, pagesToLoad } from "./pages";
import { loadTargets } from "./targets";
import { measureScriptBytes } from "./script-bytes";
import { cleanup, cleanupOnSignals, freePort, HOST, settle, startCeiling, startServer, stopCeiling, waitForServer } from "./server";

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
const AUTH_SECRET = "bench-only-secret-not-for-production-use-0000";
const RUN: LoadRun = { duration: DURATION, connections: CONNECTIONS };

cleanupOnSignals();

function log(message: string): void {
  console.log(message);
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
  const { seededSlug, busiest, section, counts, searchWords } = pagesToLoad(dbFile);
  const deepPage = Math.min(500, Math.ceil(section.n / 10));

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_PATH: dbFile,
    NEXT_DIST_DIR: DIST_DIR,
    AUTH_SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  const buildMs = build(DIST_DIR, env, dbFile, log);

  const port = await freePort(Number(args.port));
  const base = `http://${HOST}:${port}`;
  fs.mkdirSync(RESULTS, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
  const serverLog = path.join(RESULTS, `${stamp}-server.log`);
  const out = fs.openSync(serverLog, "a");
  log(`Starting the server on ${base} (log: ${path.relative(ROOT, serverLog)})`);
  await waitForServer(base, startServer(ROOT, env, port, out));

  const targets = loadTargets({ seededSlug, busiest, section, searchWords, deepPage, searchWord: SEARCH_WORD });

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
    const r = await load(base + t.path, RUN, t.options);
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
  const ceilingPort = await startCeiling(articleHtml, port + 1);
  log(`Loading the bare node:http ceiling (${articleHtml.length} bytes)…`);
  const c = await load(`http://${HOST}:${ceilingPort}/`, RUN);
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
  stopCeiling();

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

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
