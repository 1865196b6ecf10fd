import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleAuthors, articles, articleTags, comments, tags, users } from "@/db/schema";
import { daysAgo, insertArticle, openFixture, plainSave, type Fixture } from "@/lib/testing/articles-fixture";
import { MARK_END, MARK_START } from "@/lib/search/highlight";
import { searchTerms, toMatchExpression } from "@/lib/search/query";
import { searchArticlesForStaff, searchComments } from "./admin-search";
import { countPublishedMatches, searchPublic, searchPublishedArticles, type SearchFilters } from "./search";
import { prefixExpansions, SEARCH_CANDIDATES, SEARCH_COUNT_CAP, SEARCH_PAGE_SIZE } from "./search-shared";
import { suggestCorrection } from "./search-suggest";

let f: Fixture;
const match = (q: string) => toMatchExpression(searchTerms(q)) ?? '""';
const slugsFor = (q: string, filters: SearchFilters = {}) => searchPublishedArticles(match(q), filters, 1).map((h) => h.slug);
/** FTS5's own check that the index holds exactly what the view shows: catches any trigger gap. */
const integrityCheck = () =>
  f.db.$client.prepare("insert into article_search(article_search, rank) values('integrity-check', 1)").run();

beforeAll(() => {
  f = openFixture();
  insertArticle(f, { slug: "body-hit", headline: "Council meets", body: "The zeppelin landed quietly." });
  insertArticle(f, { slug: "headline-hit", headline: "Zeppelin over the harbour", body: "It was big." });
  insertArticle(f, { slug: "dek-hit", headline: "Harbour day", dek: "A zeppelin story", publishedAt: daysAgo(30) });
  insertArticle(f, { slug: "draft-zeppelin", headline: "Zeppelin draft", status: "draft", publishedAt: null });
  insertArticle(f, { slug: "future-zeppelin", headline: "Zeppelin tomorrow", status: "scheduled", publishedAt: daysAgo(-1) });
  insertArticle(f, { slug: "unpublished-zeppelin", headline: "Zeppelin gone", status: "unpublished" });
  insertArticle(f, { slug: "hostile", headline: "Escaping", body: "Danger <script>alert('quokka')</script> ahead" });
});
afterAll(() => f.close());

describe("public search", () => {
  it("ranks a headline hit above a dek hit above a body hit", () => {
    expect(slugsFor("zeppelin")).toEqual(["headline-hit", "dek-hit", "body-hit"]);
  });

  it("never returns drafts, unpublished or future scheduled stories", () => {
    expect(slugsFor("zeppelin")).not.toEqual(expect.arrayContaining(["draft-zeppelin"]));
    expect(slugsFor("tomorrow")).toEqual([]);
    expect(slugsFor("gone")).toEqual([]);
    expect(countPublishedMatches(match("zeppelin"), {})).toEqual({ total: 3, capped: false });
  });

  it("matches prefixes and folds case and accents", () => {
    expect(slugsFor("zepp")).toHaveLength(3);
    expect(slugsFor("ZEPPELIN HARB").sort()).toEqual(["dek-hit", "headline-hit"]);
    expect(slugsFor("dänger")).toEqual(["hostile"]);
  });

  it("filters by section, author and date", () => {
    const other = openFixture();
    insertArticle(other, { slug: "other-zeppelin", headline: "Zeppelin elsewhere" });
    expect(slugsFor("zeppelin", { sectionId: other.sectionId })).toEqual(["other-zeppelin"]);
    expect(slugsFor("zeppelin", { authorId: other.userId })).toEqual(["other-zeppelin"]);
    const tenDaysAgo = Math.floor(daysAgo(10).getTime() / 1000);
    expect(slugsFor("zeppelin", { sectionId: f.sectionId, to: tenDaysAgo })).toEqual(["dek-hit"]);
    expect(slugsFor("zeppelin", { sectionId: f.sectionId, from: tenDaysAgo })).toEqual(["headline-hit", "body-hit"]);
    other.close();
  });

  it("filters by date alone, for a range up to now and one in the past", () => {
    const tenDaysAgo = Math.floor(daysAgo(10).getTime() / 1000);
    expect(slugsFor("zeppelin", { to: tenDaysAgo })).toEqual(expect.arrayContaining(["dek-hit"]));
    expect(slugsFor("zeppelin", { to: tenDaysAgo })).not.toEqual(expect.arrayContaining(["headline-hit"]));
    expect(slugsFor("zeppelin", { from: tenDaysAgo })).toEqual(expect.arrayContaining(["headline-hit", "body-hit"]));
    expect(slugsFor("zeppelin", { from: tenDaysAgo })).not.toEqual(expect.arrayContaining(["dek-hit", "future-zeppelin"]));
    expect(slugsFor("zeppelin", { from: tenDaysAgo - 86_400, to: tenDaysAgo })).toEqual([]);
  });

  it("finds the same stories when long prefixes are written as the words they expand to", () => {
    for (const q of ["zepp", "zeppelin harb", "danger", "quokka"]) {
      const terms = searchTerms(q);
      const expanded = toMatchExpression(terms, prefixExpansions(terms))!;
      expect(expanded).not.toContain("*");
      expect(searchPublishedArticles(expanded, {}, 1).map((h) => h.slug).sort()).toEqual(slugsFor(q).sort());
    }
    const terms = searchTerms("zepp");
    const [top] = searchPublishedArticles(toMatchExpression(terms, prefixExpansions(terms))!, { sectionId: f.sectionId }, 1);
    expect(top?.headline).toBe(`${MARK_START}Zeppelin${MARK_END} over the harbour`);
    // Short terms are left to the prefix index; unknown ones stay prefix queries that find nothing.
    expect(prefixExpansions(["zep", "zzzzqqq"])).toEqual(new Map());
  });

  it("highlights with markers only, leaving HTML in the text for React to escape", () => {
    const [hit] = searchPublishedArticles(match("quokka"), {}, 1);
    expect(hit?.snippet).toContain(`<script>alert('${MARK_START}quokka${MARK_END}')</script>`);
    const [top] = searchPublishedArticles(match("zeppelin"), { sectionId: f.sectionId }, 1);
    expect(top?.headline).toBe(`${MARK_START}Zeppelin${MARK_END} over the harbour`);
  });

  it.each(['"', "zeppelin\"", "AND", "OR zeppelin NOT", "NEAR(a b)", "*", "zep*", "headline:zeppelin", "^x", "((", "🙂", "x".repeat(5000), "a ".repeat(3000)])(
    "does not throw on hostile input %j",
    (q) => {
      const m = toMatchExpression(searchTerms(q));
      if (m) expect(() => searchPublishedArticles(m, {}, 1)).not.toThrow();
    },
  );

  it("suggests a correction that finds public stories, never a draft-only word", () => {
    expect(slugsFor("zepelin")).toEqual([]);
    expect(suggestCorrection(searchTerms("zepelin"), {})).toBe("zeppelin");
    expect(suggestCorrection(searchTerms("harbour zepplein"), {})).toBe("harbour zeppelin");
    expect(suggestCorrection(searchTerms("zepelin"), { sectionId: f.sectionId + 1000 })).toBeNull();
    insertArticle(f, { slug: "secret", headline: "Embargoed xylophones", status: "draft", publishedAt: null });
    expect(suggestCorrection(searchTerms("xylophonez"), {})).toBeNull();
  });
});

describe("a word in more stories than are ranked", () => {
  it("ranks the newest matches, caps the total and pages through one consistent list", () => {
    const other = openFixture();
    const insert = other.db.$client.prepare(
      "insert into articles (slug, headline, body, status, published_at, section_id, created_by_id) values (?, ?, ?, ?, ?, ?, ?)",
    );
    const now = Math.floor(Date.now() / 1000);
    const n = SEARCH_CANDIDATES + 60;
    other.db.$client.transaction(() => {
      // The oldest has the word in its headline: the best bm25 of all, yet outside the window.
      insert.run("okapi-oldest", "Okapi", "Okapi.", "published", now - 10 * 86_400, other.sectionId, other.userId);
      for (let i = 0; i < n; i++) {
        const words = i % 7 === 0 ? "okapi okapi okapi" : "okapi";
        insert.run(`okapi-${i}`, `Story ${i}`, `The ${words} was seen.`, i % 50 === 0 ? "draft" : "published", now - 86_400 + i, other.sectionId, other.userId);
      }
    })();
    const m = match("okapi");
    const first = searchPublic(m, {}, 1);
    expect(first.total).toEqual({ total: SEARCH_COUNT_CAP, capped: true });
    expect(first.hits.map((h) => h.slug)).not.toContain("okapi-oldest");
    // The three-okapi stories rank first within the window, newest first on ties.
    expect(first.hits[0]!.slug).toBe(`okapi-${Math.floor((n - 1) / 7) * 7}`);
    const seen = new Set<string>();
    for (let page = 1; page <= SEARCH_COUNT_CAP / SEARCH_PAGE_SIZE; page++) {
      const hits = searchPublic(m, {}, page).hits;
      expect(hits).toHaveLength(SEARCH_PAGE_SIZE);
      for (const h of hits) {
        expect(h.slug).not.toMatch(/^okapi-(0|50|100|150)$/); // drafts
        seen.add(h.slug);
      }
    }
    expect(seen.size).toBe(SEARCH_COUNT_CAP);
    expect(searchPublic(m, {}, SEARCH_COUNT_CAP / SEARCH_PAGE_SIZE + 1).hits).toEqual([]);
    // A filter narrows the window: the section's only other match is found at once.
    insertArticle(f, { slug: "okapi-elsewhere", headline: "Okapi elsewhere", publishedAt: daysAgo(20) });
    expect(slugsFor("okapi", { sectionId: f.sectionId })).toEqual(["okapi-elsewhere"]);
    other.db.delete(articles).where(eq(articles.sectionId, other.sectionId)).run();
    other.close();
  });
});

describe("index sync", () => {
  it("follows edits, tag renames, byline renames and deletes", () => {
    const id = insertArticle(f, { slug: "sync", headline: "Original walrus" });
    plainSave(id, f.userId, { headline: "Renamed narwhal", tagNames: ["Arctic wildlife"] });
    expect(slugsFor("walrus")).toEqual([]);
    expect(slugsFor("narwhal")).toEqual(["sync"]);
    expect(slugsFor("arctic")).toEqual(["sync"]);

    f.db.update(tags).set({ name: "Polar fauna" }).where(eq(tags.slug, "arctic-wildlife")).run();
    expect(slugsFor("arctic")).toEqual([]);
    expect(slugsFor("polar fauna")).toEqual(["sync"]);

    f.db.update(users).set({ name: "Writer Quillfeather" }).where(eq(users.id, f.userId)).run();
    expect(slugsFor("quillfeather narwhal")).toEqual(["sync"]);

    f.db.delete(articleTags).where(eq(articleTags.articleId, id)).run();
    f.db.delete(articleAuthors).where(eq(articleAuthors.articleId, id)).run();
    expect(slugsFor("polar")).toEqual([]);
    integrityCheck();

    f.db.delete(tags).where(eq(tags.slug, "polar-fauna")).run();
    f.db.delete(articles).where(eq(articles.id, id)).run();
    expect(slugsFor("narwhal")).toEqual([]);
    expect(integrityCheck).not.toThrow();
  });
});

describe("staff search", () => {
  it("finds drafts for editors, and only their own for authors", () => {
    const all = searchArticlesForStaff(match("zeppelin draft"), { kind: "all" }, 1);
    expect(all.hits.map((h) => h.status)).toEqual(["draft"]);
    const someoneElse = searchArticlesForStaff(match("zeppelin draft"), { kind: "own", userId: f.userId + 1000 }, 1);
    expect(someoneElse.hits).toEqual([]);
    const own = searchArticlesForStaff(match("zeppelin draft"), { kind: "own", userId: f.userId }, 1);
    expect(own.total.total).toBe(1);
  });

  it("searches comment bodies and author names, and follows edits", () => {
    const articleId = insertArticle(f, { slug: "commented", headline: "Commented" });
    const { id } = f.db
      .insert(comments)
      .values({ articleId, authorName: "Penelope Reader", authorEmail: "p@example.test", body: "I love <b>pelicans</b>" })
      .returning({ id: comments.id })
      .get();
    expect(searchComments(match("pelican"), 1).hits.map((h) => h.id)).toEqual([id]);
    expect(searchComments(match("penelope"), 1).hits[0]?.authorName).toBe(`${MARK_START}Penelope${MARK_END} Reader`);
    f.db.update(comments).set({ body: "Now about herons" }).where(eq(comments.id, id)).run();
    expect(searchComments(match("pelican"), 1).total.total).toBe(0);
    f.db.delete(comments).where(eq(comments.id, id)).run();
    expect(searchComments(match("herons"), 1).total.total).toBe(0);
  });
});
