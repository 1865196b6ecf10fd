import { sql, type SQL } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { openFixture } from "@/lib/testing/articles-fixture";
import { publicSearchCountSql, publicSearchPageSql, type SearchFilters } from "./search";

// The search must stay fast at 100,000 articles. Timing a test is flaky on shared cores, so this
// checks the shape instead, on a realistic 20,000 articles: the FTS index drives the query and
// every other table is reached by primary key or index, never scanned.

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

const cases: Array<[string, SearchFilters]> = [
  ["no filter", {}],
  ["section", { sectionId: 1 }],
  ["author", { authorId: 1 }],
  ["date range", { from: 0, to: 2_000_000_000 }],
  ["everything", { sectionId: 1, authorId: 1, from: 0, to: 2_000_000_000 }],
];

describe(`search query plan over ${ARTICLES} articles`, () => {
  it.each(cases)("drives the page from the FTS index, then primary-key lookups (%s)", (_, filters) => {
    const p = plan(publicSearchPageSql('"flood"* "council"*', filters, 3));
    expect(p).toMatch(/^SCAN article_search VIRTUAL TABLE INDEX \d+:M/m);
    expect(p).toMatch(/SEARCH articles USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(p).toMatch(/SEARCH sections USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(p).not.toMatch(/SCAN (articles|sections|article_authors|users)\b/);
  });

  it.each(cases)("counts through the index with a cap (%s)", (_, filters) => {
    const p = plan(publicSearchCountSql('"flood"*', filters));
    expect(p).toMatch(/SCAN article_search VIRTUAL TABLE INDEX \d+:M/);
    expect(p).not.toMatch(/SCAN (articles|sections|article_authors|users)\b/);
  });
});
