// The benchmark's throwaway database (issue 4, "Speed"): one cached SQLite file per data-set size
// and generator version under bench-results/db/, generated when missing. Shared by `npm run bench`
// and `npm run bench:search`.
import fs from "node:fs";
import path from "node:path";
import { openDatabase, runMigrations } from "../../db/client";
import { seedDemoContent } from "../../db/seed";
import { bulkLoad, GENERATOR_VERSION } from "./generate";

export type BenchDatabaseOptions = {
  articles: number;
  comments: number;
  /** Generate again even when the cached file exists. */
  fresh?: boolean;
  /** The repository root (bench-results/ lives there); defaults to the working directory. */
  root?: string;
  log?: (message: string) => void;
};

export type BenchDatabase = { file: string; generatedMs: number | null; detail: string };

/** Where the cached database for these sizes and the current generator lives. */
export function benchDatabaseFile(articles: number, comments: number, root = process.cwd()): string {
  return path.join(root, "bench-results", "db", `bench-a${articles}-c${comments}-v${GENERATOR_VERSION}.db`);
}

/**
 * The cached database for these sizes, generated when missing (or when `fresh`): migrations, the
 * demo newsroom, then the generated articles and comments. Written to a `.partial` file and
 * renamed when complete, so an interrupted run never leaves a half-made database to be reused.
 */
export async function prepareBenchDatabase(opts: BenchDatabaseOptions): Promise<BenchDatabase> {
  const root = opts.root ?? process.cwd();
  const log = opts.log ?? (() => {});
  const results = path.join(root, "bench-results");
  const file = benchDatabaseFile(opts.articles, opts.comments, root);
  if (!file.startsWith(results + path.sep)) throw new Error(`Refusing a database outside bench-results/: ${file}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (fs.existsSync(file) && !opts.fresh) {
    log(`Reusing ${path.relative(root, file)} (pass --fresh to generate it again)`);
    // Made by an older checkout, it may lack later migrations; they are additive, so they apply.
    const reused = openDatabase(file);
    try {
      runMigrations(reused);
    } finally {
      reused.$client.close();
    }
    return { file, generatedMs: null, detail: "reused from an earlier run, migrated" };
  }
  const partial = `${file}.partial`;
  for (const f of [file, partial, `${partial}-wal`, `${partial}-shm`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });

  log(`Generating ${opts.articles.toLocaleString("en-GB")} articles and ${opts.comments.toLocaleString("en-GB")} comments…`);
  const t0 = performance.now();
  const db = openDatabase(partial);
  let detail: string;
  try {
    runMigrations(db);
    await seedDemoContent(db);
    const tSeed = performance.now();
    const result = bulkLoad(db.$client, { articles: opts.articles, comments: opts.comments, log });
    detail =
      `migrate + demo seed ${((tSeed - t0) / 1000).toFixed(1)} s, rows ${(result.insertMs / 1000).toFixed(1)} s, ` +
      `FTS rebuild ${(result.ftsMs / 1000).toFixed(1)} s`;
  } finally {
    db.$client.close();
  }
  fs.renameSync(partial, file);
  const generatedMs = performance.now() - t0;
  const size = fs.statSync(file).size;
  log(`Generated in ${(generatedMs / 1000).toFixed(1)} s (${detail}); ${(size / 1024 / 1024).toFixed(0)} MB`);
  return { file, generatedMs, detail };
}
