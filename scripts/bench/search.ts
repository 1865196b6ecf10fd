// `npm run bench:search` (issue 4, "Speed"): times the readers' search — everything /search
// loads per request (loadSearchPage: filter lists, capped count, ranked and highlighted page,
// "Did you mean") — directly against the large benchmark database, with no server in between.
// Prints p50/p99/max per query and overall as a Markdown table and writes it to
// bench-results/search-<stamp>.md. Never touches data/.
//
// Run through npm: the query modules import "server-only", which only resolves to an empty
// module under the "react-server" condition that the npm script passes to Node.
//
//   npm run bench:search [-- --iterations 50] [-- --db bench-results/db/other.db] [-- --fresh]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { prepareBenchDatabase } from "./database";
import { formatInt, formatMs, markdownTable } from "./format";
import { GENERATOR_VERSION } from "./generate";

const { values: args } = parseArgs({
  options: {
    db: { type: "string" },
    articles: { type: "string", default: "100000" },
    comments: { type: "string", default: "1000000" },
    iterations: { type: "string", default: "30" },
    warmup: { type: "string", default: "3" },
    fresh: { type: "boolean", default: false },
  },
});

function positiveInt(name: string, raw: string | undefined, min = 0): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got ${raw}`);
  return n;
}
const ARTICLES = positiveInt("articles", args.articles);
const COMMENTS = positiveInt("comments", args.comments);
const ITERATIONS = positiveInt("iterations", args.iterations, 1);
const WARMUP = positiveInt("warmup", args.warmup);
const ROOT = process.cwd();
const RESULTS = path.join(ROOT, "bench-results");
/** The goal of issue 4 for search. */
const TARGET_P50_MS = 20;

type Query = {
  name: string;
  q: string;
  section?: string;
  /** The writer with the most bylines, or the one with the fewest live stories. */
  author?: "busiest" | "least busy";
  /** Days ago: `from` (and `to`, when given) as calendar days. */
  from?: number;
  to?: number;
  page?: number;
};

// Words from the generator's vocabulary (scripts/bench/vocabulary.ts): rare ones from its long
// tail, topical ones that cluster in a topic's stories, and function words in nearly every story.
const QUERIES: Query[] = [
  { name: "rare word", q: "zeppelin" },
  { name: "rare word", q: "quokka" },
  { name: "rare word", q: "marquetry" },
  { name: "rare surname", q: "Thistlewood" },
  { name: "topical word", q: "harbour" },
  { name: "topical word", q: "lighthouse" },
  { name: "topical word", q: "ferry" },
  { name: "topical word", q: "kingfisher" },
  { name: "topical word", q: "election" },
  { name: "common word", q: "flood" },
  { name: "common word", q: "hospital" },
  { name: "very common word", q: "council" },
  { name: "stop-word", q: "the" },
  { name: "stop-word", q: "said" },
  { name: "two words", q: "harbour lighthouse" },
  { name: "two words", q: "flood barrier" },
  { name: "two words, one common", q: "council budget" },
  { name: "two stop-words", q: "the people" },
  { name: "prefix", q: "light" },
  { name: "prefix", q: "harb" },
  { name: "prefix, 2 letters", q: "co" },
  { name: "typo", q: "lighthose" },
  { name: "typo", q: "councel" },
  { name: "typo", q: "zepelin" },
  { name: "nothing found", q: "lighthouse quokka zeppelin" },
  { name: "section filter", q: "harbour", section: "news" },
  { name: "section filter, stop-word", q: "the", section: "culture" },
  { name: "author filter", q: "harbour", author: "busiest" },
  { name: "author filter, rare writer", q: "council", author: "least busy" },
  { name: "date filter, last year", q: "council", from: 365 },
  { name: "date filter, last month", q: "council", from: 30 },
  { name: "date filter, in the past", q: "harbour", from: 800, to: 700 },
  { name: "page 5", q: "harbour", page: 5 },
  { name: "page 5, stop-word", q: "the", page: 5 },
  { name: "page 5, prefix + section", q: "light", section: "science", page: 5 },
];

function log(message: string): void {
  console.log(message);
}

function gitCommit(): string {
  try {
    const rev = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim() ? " (with uncommitted changes)" : "";
    return rev + dirty;
  } catch {
    return "unknown";
  }
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  const file = args.db
    ? path.resolve(args.db)
    : (await prepareBenchDatabase({ articles: ARTICLES, comments: COMMENTS, fresh: args.fresh, root: ROOT, log })).file;
  if (!fs.existsSync(file)) throw new Error(`No database at ${file}`);

  // db/index.ts opens DATABASE_PATH when first imported: set it before importing any query module.
  process.env.DATABASE_PATH = file;
  let site: typeof import("../../app/(site)/_lib/search");
  try {
    site = await import("../../app/(site)/_lib/search");
  } catch (error) {
    if (error instanceof Error && /server-only|Server Component/i.test(error.message)) {
      throw new Error('The query modules import "server-only": run this through `npm run bench:search` (tsx --conditions=react-server).');
    }
    throw error;
  }
  const { db } = await import("../../db");
  const { publicSearchParams } = await import("../../lib/validation/search");

  const counts = db.$client
    .prepare(
      `SELECT (SELECT count(*) FROM articles) AS articles,
        (SELECT count(*) FROM articles WHERE status IN ('published', 'scheduled') AND published_at <= unixepoch()) AS public,
        (SELECT count(*) FROM article_search_vocab) AS terms`,
    )
    .get() as { articles: number; public: number; terms: number };
  const writers = db.$client
    .prepare(
      `SELECT u.slug, count(*) AS n FROM users u JOIN article_authors aa ON aa.user_id = u.id JOIN articles a ON a.id = aa.article_id
       WHERE a.status IN ('published', 'scheduled') AND a.published_at <= unixepoch() GROUP BY u.id ORDER BY n DESC, u.slug`,
    )
    .all() as { slug: string; n: number }[];
  const author = { busiest: writers[0]?.slug, "least busy": writers[writers.length - 1]?.slug };
  const daysAgo = (days: number | undefined) => (days === undefined ? undefined : day(new Date(Date.now() - days * 86_400_000)));

  const paramsFor = (query: Query) =>
    publicSearchParams.parse({
      q: query.q,
      section: query.section,
      author: query.author ? author[query.author] : undefined,
      from: daysAgo(query.from),
      to: daysAgo(query.to),
      page: query.page ? String(query.page) : undefined,
    });

  type Row = { query: Query; filters: string; results: string; samples: number[] };
  const rows: Row[] = [];
  const baseline: Query = { name: "no query (filter lists only)", q: "" };
  log(`Timing ${QUERIES.length + 1} queries × ${ITERATIONS} runs (after ${WARMUP} warm-up runs each) on ${path.relative(ROOT, file)}…`);
  for (const query of [baseline, ...QUERIES]) {
    const params = paramsFor(query);
    let data = site.loadSearchPage(params);
    for (let i = 0; i < WARMUP; i++) data = site.loadSearchPage(params);
    const samples: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const t0 = performance.now();
      data = site.loadSearchPage(params);
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    const r = data.result;
    const results = !r
      ? "–"
      : r.total.total === 0
        ? r.suggestion
          ? `0, did you mean “${r.suggestion}”`
          : "0"
        : `${r.total.capped ? `${formatInt(r.total.total)}+` : formatInt(r.total.total)} (${r.hits.length} shown)`;
    const filters = [
      params.section ? `section ${params.section}` : "",
      params.author ? `author ${params.author}` : "",
      params.from ? `from ${params.from}` : "",
      params.to ? `to ${params.to}` : "",
    ]
      .filter(Boolean)
      .join(", ");
    rows.push({ query, filters, results, samples });
    log(`  ${query.name.padEnd(28)} ${JSON.stringify(query.q).padEnd(30)} p50 ${formatMs(percentile(samples, 0.5)).padStart(6)} ms  ${results}`);
  }

  const searchRows = rows.slice(1);
  const all = searchRows.flatMap((r) => r.samples).sort((a, b) => a - b);
  const overallP50 = percentile(all, 0.5);
  const tableRows = rows.map((r) => [
    r.query.name,
    r.query.q ? `\`${r.query.q}\`` : "",
    r.filters,
    r.query.page ?? 1,
    r.results,
    formatMs(percentile(r.samples, 0.5)),
    formatMs(percentile(r.samples, 0.99)),
    formatMs(r.samples[r.samples.length - 1]!),
  ]);
  tableRows.push([
    `**all ${searchRows.length} searches**`,
    "",
    "",
    "",
    `${formatInt(all.length)} runs`,
    `**${formatMs(overallP50)}**`,
    `**${formatMs(percentile(all, 0.99))}**`,
    `**${formatMs(all[all.length - 1]!)}**`,
  ]);
  const table = markdownTable(["query", "q", "filters", "page", "results", "p50 ms", "p99 ms", "max ms"], tableRows, [
    "l",
    "l",
    "l",
    "r",
    "l",
    "r",
    "r",
    "r",
  ]);

  const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");
  const command = ["npm run bench:search", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : [])].join(" ");
  const md = [
    `# Gazette search benchmark, ${startedAt.toISOString()}`,
    "",
    `- command: \`${command}\``,
    `- commit ${gitCommit()}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}`,
    `- load average (1/5/15 min) before ${fmtLoad(loadBefore)}, after ${fmtLoad(os.loadavg())}`,
    `- database: \`${path.relative(ROOT, file)}\` (generator v${GENERATOR_VERSION} names the default file): ` +
      `${formatInt(counts.articles)} articles, ${formatInt(counts.public)} public, ${formatInt(counts.terms)} indexed terms`,
    `- timed: \`loadSearchPage\` (app/(site)/_lib/search.ts) in-process, ${ITERATIONS} runs per query after ${WARMUP} warm-up runs; ` +
      `the first row is its fixed part (section and author lists) alone`,
    `- target (issue 4): search p50 under ${TARGET_P50_MS} ms — ${overallP50 < TARGET_P50_MS ? "met" : "not met"} (p50 over all runs ${formatMs(overallP50)} ms)`,
    "",
    table,
    "",
  ].join("\n");
  fs.mkdirSync(RESULTS, { recursive: true });
  const out = path.join(RESULTS, `search-${startedAt.toISOString().replace(/[:.]/g, "-")}.md`);
  fs.writeFileSync(out, md);
  console.log("\n" + md);
  console.log(`Written to ${path.relative(ROOT, out)}`);
  db.$client.close();
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
