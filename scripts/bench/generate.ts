// Deterministic generator for the benchmark's large data set (issue 4, "Speed"). The pure part
// (PRNG, text, rows) is unit-tested; `bulkLoad` writes the rows with raw prepared statements.
//
// The text is meant to stress search the way real news does: a few thousand distinct words with
// a Zipf-like spread (function words in every story, most content words in a few per cent),
// stories about one to three topics whose words cluster in them ("harbour" fills the harbour
// stories and is rare elsewhere), named people and places, numbers, and sentences of very
// different lengths. A topical word therefore matches hundreds to a few thousand of 100,000
// stories, while "the" matches nearly all of them. The words are in vocabulary.ts and names.ts, the
// text made of them in text.ts; this module makes the rows and loads them.
import type Database from "better-sqlite3";
import { FIRST_NAMES, SURNAMES } from "./names";
import { headlineText, makeContext, markdownBody, NO_CONTEXT, sentence } from "./text";

export { makeContext, markdownBody, RARE_WORD_LIST, sentence, TOPIC_COUNT, topicWords, WORDS, type TextContext } from "./text";

/** Bump when the generated data changes shape, so cached databases from older versions are not reused. */
export const GENERATOR_VERSION = 2;

/** mulberry32: small, fast, deterministic; good enough for filler text. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type GenArticle = {
  slug: string;
  headline: string;
  dek: string;
  body: string;
  sectionId: number;
  authorIds: number[];
  tagIds: number[];
  /** Unix seconds. */
  publishedAt: number;
};

export type GenComment = {
  id: number;
  articleId: number;
  parentId: number | null;
  authorName: string;
  authorEmail: string;
  body: string;
  status: "approved" | "pending" | "rejected" | "spam";
  /** Unix seconds. */
  createdAt: number;
};

export type Pools = { sectionIds: number[]; authorIds: number[]; tagIds: number[] };

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

function pickDistinct(rng: () => number, list: readonly number[], n: number): number[] {
  const out = new Set<number>();
  const want = Math.min(n, list.length);
  // Bounded: at most 20 tries per wanted item, then whatever was found.
  for (let tries = 0; out.size < want && tries < want * 20; tries++) out.add(pick(rng, list));
  return [...out];
}

/**
 * Article `index` (0-based) of the generated set. Deterministic per (seed, index); published
 * between 3 days and about 5 years before `nowSeconds`, newest for index 0, so the demo stories
 * (hours old) stay on top of the front page.
 */
export function makeArticle(seed: number, index: number, pools: Pools, nowSeconds: number): GenArticle {
  const rng = mulberry32(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const ctx = makeContext(rng);
  const headline = headlineText(rng, ctx, 5, 12);
  const slugWords = headline
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9 ]/g, "")
    .split(" ")
    .filter(Boolean)
    .slice(0, 6)
    .join("-");
  return {
    slug: `${slugWords}-b${index + 1}`,
    headline,
    dek: sentence(rng, 12, 28, ctx),
    body: markdownBody(rng, ctx),
    sectionId: pick(rng, pools.sectionIds),
    authorIds: pickDistinct(rng, pools.authorIds, rng() < 0.15 ? 2 : 1),
    tagIds: pickDistinct(rng, pools.tagIds, 1 + Math.floor(rng() * 3)),
    publishedAt: nowSeconds - 3 * 86_400 - index * 1_500 - Math.floor(rng() * 600),
  };
}

/**
 * How many comments each of `articles` articles gets, summing exactly to `total`: skewed, so a
 * few stories draw hundreds and many draw a handful or none.
 */
export function commentCounts(seed: number, articles: number, total: number): number[] {
  if (articles <= 0) return [];
  const rng = mulberry32(seed ^ 0x51ed27);
  const weights: number[] = [];
  let sum = 0;
  for (let i = 0; i < articles; i++) {
    const r = rng();
    const w = r < 0.2 ? 0 : 1 / (1 - r * 0.97); // long tail up to about 33x the minimum
    weights.push(w);
    sum += w;
  }
  if (sum === 0) {
    weights.fill(1);
    sum = articles;
  }
  const counts = weights.map((w) => Math.floor((w / sum) * total));
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % articles) {
    if (weights[i]! > 0) {
      counts[i]!++;
      left--;
    }
  }
  return counts;
}

/** The comments of one article, ids from `firstId`; about 1 in 5 is a reply to an earlier one. */
export function makeComments(
  seed: number,
  articleId: number,
  firstId: number,
  count: number,
  publishedAt: number,
  nowSeconds: number,
): GenComment[] {
  const rng = mulberry32(seed ^ Math.imul(articleId, 0x85ebca6b) ^ 0xc0ffee);
  const out: GenComment[] = [];
  // Readers talk about the story's subject, in shorter sentences.
  const ctx = count > 0 ? makeContext(rng) : NO_CONTEXT;
  let at = publishedAt;
  for (let i = 0; i < count; i++) {
    at = Math.min(at + 30 + Math.floor(rng() * 3_600), nowSeconds - 60);
    const first = pick(rng, FIRST_NAMES);
    const last = pick(rng, SURNAMES);
    const r = rng();
    const status = r < 0.9 ? "approved" : r < 0.96 ? "pending" : r < 0.99 ? "rejected" : "spam";
    const parent = i > 0 && rng() < 0.2 ? out[Math.floor(rng() * i)]! : null;
    const sentences = 1 + Math.floor(rng() * 4);
    const body: string[] = [];
    for (let j = 0; j < sentences; j++) body.push(sentence(rng, 4, 18, ctx));
    out.push({
      id: firstId + i,
      articleId,
      parentId: parent && parent.status === "approved" ? parent.id : null,
      authorName: `${first} ${last}`,
      authorEmail: `${first}.${last}${Math.floor(rng() * 100)}@example.org`.toLowerCase(),
      body: body.join(" "),
      status,
      createdAt: at,
    });
  }
  return out;
}

export type LoadOptions = { articles: number; comments: number; seed?: number; nowSeconds?: number; log?: (m: string) => void };
export type LoadResult = { articles: number; comments: number; insertMs: number; ftsMs: number; firstArticleId: number };

/**
 * Writes the generated set into a migrated, demo-seeded database as fast as SQLite allows: one
 * transaction, raw prepared statements, no journal, no fsync, and the FTS triggers set aside
 * (their exact CREATE text from sqlite_master is re-run afterwards) with each FTS index rebuilt
 * once at the end. Only for a throwaway database: a crash mid-load leaves it corrupt.
 *
 * Articles are written oldest first, so ids grow with publication time as they do on a live
 * site (article `index` 0, the newest, gets the highest id).
 */
export function bulkLoad(sqlite: Database.Database, opts: LoadOptions): LoadResult {
  const seed = opts.seed ?? 20260401;
  const now = opts.nowSeconds ?? Math.floor(Date.now() / 1000);
  const log = opts.log ?? (() => {});

  const pools: Pools = {
    sectionIds: (sqlite.prepare("SELECT id FROM sections ORDER BY id").all() as { id: number }[]).map((r) => r.id),
    authorIds: (sqlite.prepare("SELECT id FROM users WHERE role <> 'moderator' ORDER BY id").all() as { id: number }[]).map((r) => r.id),
    tagIds: (sqlite.prepare("SELECT id FROM tags ORDER BY id").all() as { id: number }[]).map((r) => r.id),
  };
  if (!pools.sectionIds.length || !pools.authorIds.length || !pools.tagIds.length) {
    throw new Error("bulkLoad needs the demo content (sections, writers, tags) first");
  }
  const moderatorId = (sqlite.prepare("SELECT id FROM users WHERE role = 'moderator' ORDER BY id LIMIT 1").get() as { id: number } | undefined)?.id ?? null;

  // Every trigger that an insert into these tables would fire is an FTS sync trigger (0002).
  const triggers = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('articles', 'article_authors', 'article_tags', 'comments') ORDER BY name")
    .all() as { name: string; sql: string }[];

  sqlite.pragma("foreign_keys = OFF");
  sqlite.pragma("journal_mode = OFF");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144"); // 256 MB
  sqlite.pragma("temp_store = MEMORY");

  const t0 = performance.now();
  const firstArticleId = ((sqlite.prepare("SELECT coalesce(max(id), 0) AS m FROM articles").get() as { m: number }).m) + 1;
  let commentId = ((sqlite.prepare("SELECT coalesce(max(id), 0) AS m FROM comments").get() as { m: number }).m) + 1;

  const insArticle = sqlite.prepare(
    `INSERT INTO articles (id, slug, headline, dek, body, status, published_at, updated_at, created_at, section_id, created_by_id)
     VALUES (?, ?, ?, ?, ?, 'published', ?, ?, ?, ?, ?)`,
  );
  const insAuthor = sqlite.prepare("INSERT INTO article_authors (article_id, user_id, sort_order) VALUES (?, ?, ?)");
  const insTag = sqlite.prepare("INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)");
  const insComment = sqlite.prepare(
    `INSERT INTO comments (id, article_id, parent_id, author_name, author_email, body, status, created_at, ip_hash, moderated_by_id, moderated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const counts = commentCounts(seed, opts.articles, opts.comments);

  let written = 0;
  sqlite.transaction(() => {
    for (const t of triggers) sqlite.exec(`DROP TRIGGER "${t.name.replace(/"/g, '""')}"`);
    for (let k = 0; k < opts.articles; k++) {
      const i = opts.articles - 1 - k; // oldest first
      const a = makeArticle(seed, i, pools, now);
      const id = firstArticleId + k;
      insArticle.run(id, a.slug, a.headline, a.dek, a.body, a.publishedAt, a.publishedAt, a.publishedAt - 3_600, a.sectionId, a.authorIds[0]!);
      a.authorIds.forEach((u, n) => insAuthor.run(id, u, n));
      for (const tag of a.tagIds) insTag.run(id, tag);
      for (const c of makeComments(seed, id, commentId, counts[i]!, a.publishedAt, now)) {
        const moderated = c.status !== "pending";
        insComment.run(c.id, c.articleId, c.parentId, c.authorName, c.authorEmail, c.body, c.status, c.createdAt, `bench${c.id % 997}`, moderated ? moderatorId : null, moderated ? c.createdAt + 600 : null);
        written++;
      }
      commentId += counts[i]!;
      if ((k + 1) % 20_000 === 0) log(`  ${k + 1} articles, ${written} comments…`);
    }
    for (const t of triggers) sqlite.exec(t.sql);
  })();
  const t1 = performance.now();
  log(`  rows written in ${((t1 - t0) / 1000).toFixed(1)} s; rebuilding the search indexes…`);
  sqlite.exec("INSERT INTO article_search(article_search) VALUES ('rebuild')");
  sqlite.exec("INSERT INTO comment_search(comment_search) VALUES ('rebuild')");
  const t2 = performance.now();

  const after = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('articles', 'article_authors', 'article_tags', 'comments') ORDER BY name")
    .all() as { name: string; sql: string }[];
  if (JSON.stringify(after) !== JSON.stringify(triggers)) throw new Error("FTS triggers were not restored as they were");

  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  return { articles: opts.articles, comments: written, insertMs: t1 - t0, ftsMs: t2 - t1, firstArticleId };
}
