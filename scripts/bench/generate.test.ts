import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDatabase, runMigrations } from "../../db/client";
import { bulkLoad, commentCounts, makeArticle, makeComments, markdownBody, mulberry32, RARE_WORD_LIST, sentence, WORDS } from "./generate";

const pools = { sectionIds: [1, 2, 3], authorIds: [4, 5, 6, 7], tagIds: [10, 11, 12, 13] };
const NOW = 1_800_000_000;

describe("bench data generator", () => {
  it("is deterministic per seed and index", () => {
    expect(makeArticle(7, 42, pools, NOW)).toEqual(makeArticle(7, 42, pools, NOW));
    expect(makeArticle(7, 42, pools, NOW).body).not.toEqual(makeArticle(8, 42, pools, NOW).body);
    expect(makeArticle(7, 42, pools, NOW).body).not.toEqual(makeArticle(7, 43, pools, NOW).body);
    const a = mulberry32(1);
    const b = mulberry32(1);
    for (let i = 0; i < 100; i++) expect(a()).toBe(b());
  });

  it("makes articles of realistic shape from the pools", () => {
    const slugs = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const a = makeArticle(1, i, pools, NOW);
      slugs.add(a.slug);
      expect(a.slug).toMatch(/^[a-z0-9-]+-b\d+$/);
      expect(a.headline.length).toBeGreaterThan(5);
      expect(pools.sectionIds).toContain(a.sectionId);
      expect(a.authorIds.length).toBeGreaterThanOrEqual(1);
      expect(new Set(a.authorIds).size).toBe(a.authorIds.length);
      for (const t of a.tagIds) expect(pools.tagIds).toContain(t);
      expect(a.publishedAt).toBeLessThan(NOW - 3 * 86_400 + 1);
      const words = a.body.split(/\s+/).length;
      expect(words).toBeGreaterThan(150);
      expect(words).toBeLessThan(2_500);
    }
    expect(slugs.size).toBe(300);
  });

  it("writes Markdown with paragraphs and the odd subheading, quote or list", () => {
    const bodies = Array.from({ length: 50 }, (_, i) => markdownBody(mulberry32(i)));
    expect(bodies.every((b) => b.includes("\n\n"))).toBe(true);
    expect(bodies.some((b) => /^## /m.test(b))).toBe(true);
    expect(bodies.some((b) => /^> /m.test(b))).toBe(true);
    expect(bodies.some((b) => /^- /m.test(b))).toBe(true);
    expect(WORDS.length).toBeGreaterThan(1_800);
  });

  it("spreads words like news text: function words everywhere, topical words in a few per cent", () => {
    const n = 2_000;
    const docs = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const a = makeArticle(20260401, i, pools, NOW);
      const tokens = `${a.headline} ${a.dek} ${a.body}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      for (const t of new Set(tokens)) docs.set(t, (docs.get(t) ?? 0) + 1);
    }
    const share = (w: string) => (docs.get(w) ?? 0) / n;
    expect(share("the")).toBeGreaterThan(0.98);
    expect(share("said")).toBeGreaterThan(0.9);
    // A topical word: hundreds to a few thousand of 100,000 stories.
    for (const w of ["harbour", "lighthouse"]) {
      expect(share(w)).toBeGreaterThan(0.003);
      expect(share(w)).toBeLessThan(0.08);
    }
    // The long tail: well under 1% each.
    expect(share(RARE_WORD_LIST[RARE_WORD_LIST.length - 1]!)).toBeLessThan(0.01);
    expect(docs.size).toBeGreaterThan(3_000);
    // Proper nouns: capitalised names past the first word of a sentence.
    const text = Array.from({ length: 20 }, (_, i) => makeArticle(1, i, pools, NOW).body).join(" ");
    expect(text).toMatch(/[a-z,] [A-Z][a-z]+/);
  });

  it("varies sentence length", () => {
    const rng = mulberry32(5);
    const lengths = Array.from({ length: 500 }, () => sentence(rng).split(" ").length);
    expect(Math.min(...lengths)).toBeLessThanOrEqual(6);
    expect(Math.max(...lengths)).toBeGreaterThan(30);
    expect(new Set(lengths).size).toBeGreaterThan(20);
  });

  it("splits the comment total exactly and skews it", () => {
    const counts = commentCounts(3, 1_000, 10_000);
    expect(counts).toHaveLength(1_000);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(Math.max(...counts)).toBeGreaterThan(50);
    expect(counts.filter((c) => c === 0).length).toBeGreaterThan(100);
    expect(commentCounts(3, 0, 10)).toEqual([]);
  });

  it("makes comments that are mostly approved, replies only to earlier approved ones", () => {
    const list = makeComments(1, 9, 100, 500, NOW - 86_400, NOW);
    expect(list.map((c) => c.id)).toEqual(Array.from({ length: 500 }, (_, i) => 100 + i));
    const approved = list.filter((c) => c.status === "approved").length;
    expect(approved / list.length).toBeGreaterThan(0.8);
    for (const c of list) {
      expect(c.createdAt).toBeLessThan(NOW);
      if (c.parentId !== null) {
        const parent = list.find((p) => p.id === c.parentId)!;
        expect(parent.id).toBeLessThan(c.id);
        expect(parent.status).toBe("approved");
      }
    }
    expect(makeComments(1, 9, 100, 20, NOW - 86_400, NOW)).toEqual(makeComments(1, 9, 100, 20, NOW - 86_400, NOW));
  });
});

describe("bulkLoad", () => {
  it("loads rows, rebuilds search and restores the FTS triggers exactly", () => {
    const db = openDatabase(":memory:");
    runMigrations(db);
    const sqlite = db.$client as Database.Database;
    sqlite.exec(`
      INSERT INTO users (id, email, name, slug, password_hash, role) VALUES
        (1, 'w@x.test', 'Wren Writer', 'wren-writer', 'x', 'author'), (2, 'm@x.test', 'Mo Mod', 'mo-mod', 'x', 'moderator');
      INSERT INTO sections (id, slug, name) VALUES (1, 'news', 'News'), (2, 'culture', 'Culture');
      INSERT INTO tags (id, slug, name) VALUES (1, 'transport', 'Transport');
    `);
    const triggers = () => sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();
    const before = triggers();
    const result = bulkLoad(sqlite, { articles: 40, comments: 300, nowSeconds: NOW });
    expect(result).toMatchObject({ articles: 40, comments: 300, firstArticleId: 1 });
    expect(triggers()).toEqual(before);
    const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
    expect(count("SELECT count(*) AS n FROM articles WHERE status = 'published'")).toBe(40);
    expect(count("SELECT count(*) AS n FROM comments")).toBe(300);
    expect(count("SELECT count(*) AS n FROM article_authors")).toBeGreaterThanOrEqual(40);
    // Ids grow with publication time, as on a live site.
    const times = (sqlite.prepare("SELECT published_at AS t FROM articles ORDER BY id").all() as { t: number }[]).map((r) => r.t);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // The index holds the rows (body and byline), and the restored triggers keep it in step.
    expect(count("SELECT count(*) AS n FROM article_search WHERE article_search MATCH 'wren'")).toBe(40);
    sqlite.exec("UPDATE articles SET headline = 'Zyxwv special' WHERE id = 3");
    expect(count("SELECT count(*) AS n FROM article_search WHERE article_search MATCH 'zyxwv'")).toBe(1);
    expect(count("SELECT count(*) AS n FROM comment_search")).toBeGreaterThan(0);
    expect(sqlite.pragma("foreign_key_check")).toEqual([]);
    sqlite.close();
  });
});
