import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, slugRedirects } from "@/db/schema";
import { insertArticle, openFixture, plainSave, type Fixture } from "@/lib/testing/articles-fixture";
import { isSlugTaken } from "./article-editor";
import { findRedirectTarget, listOldSlugsOf } from "./slug-redirects";

let f: Fixture;
beforeAll(() => {
  f = openFixture();
});
afterAll(() => f.close());

function rename(id: number, slug: string) {
  expect(plainSave(id, f.userId, { slug }).ok).toBe(true);
}

const redirectsOf = (id: number) =>
  f.db
    .select({ oldSlug: slugRedirects.oldSlug })
    .from(slugRedirects)
    .where(eq(slugRedirects.articleId, id))
    .all()
    .map((r) => r.oldSlug)
    .sort();

describe("slug changes", () => {
  it("keep the old slug as a redirect to the article's current address", () => {
    const id = insertArticle(f, { slug: "council-vote" });
    rename(id, "council-vote-delayed");
    expect(redirectsOf(id)).toEqual(["council-vote"]);
    expect(findRedirectTarget("council-vote")).toBe("council-vote-delayed");
    expect(listOldSlugsOf("council-vote-delayed")).toEqual(["council-vote"]);
  });

  it("point every old slug of a chain of renames straight at the article", () => {
    const id = insertArticle(f, { slug: "chain-a" });
    rename(id, "chain-b");
    rename(id, "chain-c");
    expect(redirectsOf(id)).toEqual(["chain-a", "chain-b"]);
    expect(findRedirectTarget("chain-a")).toBe("chain-c");
    expect(findRedirectTarget("chain-b")).toBe("chain-c");
  });

  it("let an article take back an old name, which then stops redirecting", () => {
    const id = insertArticle(f, { slug: "back-a" });
    rename(id, "back-b");
    rename(id, "back-a");
    expect(redirectsOf(id)).toEqual(["back-b"]);
    expect(findRedirectTarget("back-a")).toBeUndefined();
    expect(findRedirectTarget("back-b")).toBe("back-a");
  });

  it("make a saved article without a slug change leave no redirect", () => {
    const id = insertArticle(f, { slug: "unchanged" });
    rename(id, "unchanged");
    expect(redirectsOf(id)).toEqual([]);
  });
});

describe("isSlugTaken", () => {
  it("refuses another article's old slug but lets its own article reclaim it", () => {
    const owner = insertArticle(f, { slug: "owned-old" });
    rename(owner, "owned-new");
    const other = insertArticle(f, { slug: "someone-else" });
    expect(isSlugTaken("owned-old", other)).toBe(true);
    expect(isSlugTaken("owned-old")).toBe(true);
    expect(isSlugTaken("owned-old", owner)).toBe(false);
    expect(isSlugTaken("never-used", other)).toBe(false);
  });
});

describe("findRedirectTarget", () => {
  it("answers only while the article is live, so a draft's new name never leaks", () => {
    const id = insertArticle(f, { slug: "live-then-pulled" });
    rename(id, "pulled-renamed");
    expect(findRedirectTarget("live-then-pulled")).toBe("pulled-renamed");
    f.db.update(articles).set({ status: "unpublished" }).where(eq(articles.id, id)).run();
    expect(findRedirectTarget("live-then-pulled")).toBeUndefined();
    expect(findRedirectTarget("no-such-slug")).toBeUndefined();
  });

  it("goes away with the article", () => {
    const id = insertArticle(f, { slug: "doomed-old" });
    rename(id, "doomed-new");
    f.db.delete(articles).where(eq(articles.id, id)).run();
    expect(findRedirectTarget("doomed-old")).toBeUndefined();
    expect(redirectsOf(id)).toEqual([]);
  });
});
