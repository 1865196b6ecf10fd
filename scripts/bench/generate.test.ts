import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDatabase, runMigrations } from "../../db/client";
import { bulkLoad, commentCounts, makeArticle, makeComments, markdownBody, mulberry32, WORDS } from "./generate";

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
    expect(WORDS.length).toBeGreaterThan(250);
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
    // The index holds the rows (body and byline), and the restored triggers keep it in step.
    expect(count("SELECT count(*) AS n FROM article_search WHERE article_search MATCH 'wren'")).toBe(40);
    sqlite.exec("UPDATE articles SET headline = 'Zyxwv special' WHERE id = 3");
    expect(count("SELECT count(*) AS n FROM article_search WHERE article_search MATCH 'zyxwv'")).toBe(1);
    expect(count("SELECT count(*) AS n FROM comment_search")).toBeGreaterThan(0);
    expect(sqlite.pragma("foreign_key_check")).toEqual([]);
    sqlite.close();
  });
});
