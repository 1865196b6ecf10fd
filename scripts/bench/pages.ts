// The pages the benchmark loads (see run.ts), picked from the benchmark database itself.
import Database from "better-sqlite3";
import { SEED_ARTICLES } from "../../db/seed-content";

export type BenchPages = {
  /** The first published demo story. */
  seededSlug: string;
  /** The generated story with the most approved comments. */
  busiest: { slug: string; n: number } | undefined;
  /** The first section, with its number of published stories. */
  section: { slug: string; n: number };
  counts: { articles: number; comments: number };
  /** Up to 60 words of middling frequency, to search for in turn. */
  searchWords: string[];
};

export function pagesToLoad(dbFile: string): BenchPages {
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
  return { seededSlug, busiest, section, counts, searchWords };
}

export async function firstAuthorSlug(dbFile: string): Promise<string> {
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

export async function firstTagSlug(dbFile: string): Promise<string> {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare("SELECT slug FROM tags ORDER BY id LIMIT 1").get() as { slug: string }).slug;
  } finally {
    db.close();
  }
}
