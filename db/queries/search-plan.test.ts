import { sql, type SQL } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { openFixture } from "@/lib/testing/articles-fixture";
import { publicSearchCandidatesSql, publicSearchHighlightSql, publicSearchPageSql, type SearchFilters } from "./search";

// The search must stay fast at 100,000 articles. Timing a test is flaky on shared cores, so this
// checks the shape instead, on a realistic 20,000 articles: the FTS index drives the query in
// its own rowid order (so it stops after the candidates), every other table is reached by
// primary key or index, never scanned, and highlighting reads only the page's span of the index.

const ARTICLES = 20_000;
const WORDS = ["flood", "council", "budget", "harbour", "school", "election", "storm", "rail", "museum", "court"];

beforeAll(() => {
  const f = openFixture();
  const insert = f.db.$client.prepare(
    `insert into articles (slug, headline, dek, body, status, published_at, section_id, created_by_id)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byline = f.db.$client.prepare("insert into article_authors (article_id, user_id) values (?, ?)");
  const now = Math.floor(Date.now() / 1000);
  f.db.$client.transaction(() => {
    for (let i = 0; i < ARTICLES; i++) {
      const w = (k: number) => WORDS[(i * 7 + k * 3) % WORDS.length];
      const status = i % 10 === 0 ? "draft" : "published";
      const { lastInsertRowid } = insert.run(
        `synthetic-${i}`,
        `${w(0)} ${w(1)} report ${i}`,
        `About the ${w(2)}`,
        `Body text about the ${w(3)} and the ${w(4)}, number ${i}. `.repeat(20),
        status,
        now - i * 600,
        f.sectionId,
        f.userId,
      );
      byline.run(lastInsertRowid, f.userId);
    }
  })();
  f.close();
}, 120_000);

function plan(query: SQL): string {
  return db
    .all<{ detail: string }>(sql`explain query plan ${query}`)
    .map((r) => r.detail)
    .join("\n");
}

const now = Math.floor(Date.now() / 1000);
const cases: Array<[string, SearchFilters]> = [
  ["no filter", {}],
  ["section", { sectionId: 1 }],
  ["author", { authorId: 1 }],
  ["date range up to now", { from: 0, to: 2_000_000_000 }],
  ["date range in the past", { from: now - 100 * 86_400, to: now - 30 * 86_400 }],
  ["everything", { sectionId: 1, authorId: 1, from: 0, to: 2_000_000_000 }],
];

describe(`search query plan over ${ARTICLES} articles`, () => {
  it.each(cases)("reads candidates from the FTS index newest first, then by primary key (%s)", (_, filters) => {
    const p = plan(publicSearchCandidatesSql('"flood"* ("council" OR "councils")', filters));
    expect(p).toMatch(/^SCAN article_search VIRTUAL TABLE INDEX \d+:M/m);
    // FTS5 delivers rowids in the ORDER BY's order: no sort, so the LIMIT stops the scan.
    expect(p).not.toMatch(/USE TEMP B-TREE/);
    expect(p).toMatch(/SEARCH articles USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(p).not.toMatch(/SCAN (articles|sections|article_authors|users)\b/);
    if (filters.authorId !== undefined) {
      expect(p).toMatch(/SEARCH article_authors USING COVERING INDEX \S+ \(article_id=\? AND user_id=\?\)/);
    }
  });

  it("checks a section, or a date range in the past, as a set built from an index", () => {
    expect(plan(publicSearchCandidatesSql('"flood"*', { sectionId: 1 }))).toMatch(
      /LIST SUBQUERY[\s\S]*SEARCH articles USING COVERING INDEX articles_section_status_published_idx/,
    );
    expect(plan(publicSearchCandidatesSql('"flood"*', { from: now - 100 * 86_400, to: now - 30 * 86_400 }))).toMatch(
      /LIST SUBQUERY[\s\S]*SEARCH articles USING COVERING INDEX articles_status_published_idx/,
    );
  });

  it("looks up the page's articles by primary key", () => {
    const p = plan(publicSearchPageSql([3, 1, 2]));
    expect(p).toMatch(/SEARCH articles USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(p).toMatch(/SEARCH sections USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(p).not.toMatch(/SCAN (articles|sections)\b/);
  });

  it("highlights the page's articles only: by rowid lookups, or one scan of their span when lookups would each merge a prefix", () => {
    // =: each id is handed to FTS5 as a rowid lookup (M: the match).
    expect(plan(publicSearchHighlightSql('("flood" OR "floods") "co"*', [40, 7, 1200]))).toMatch(/^SCAN article_search VIRTUAL TABLE INDEX \d+:=M\d*$/);
    // > and <: both bounds of the span are handed to FTS5 (and, cast to integers, used).
    expect(plan(publicSearchHighlightSql('"flood"*', [40, 7, 1200]))).toMatch(/^SCAN article_search VIRTUAL TABLE INDEX \d+:M\d*(><|<>)$/);
  });
});
