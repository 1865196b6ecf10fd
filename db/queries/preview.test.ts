import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles } from "@/db/schema";
import { insertArticle, openFixture, type Fixture } from "@/lib/testing/articles-fixture";
import { hashPreviewToken, newPreviewToken } from "@/lib/preview-token";
import { getArticleByPreviewTokenHash } from "./articles";
import { clearPreviewTokenHash, hasPreviewLink, setPreviewTokenHash } from "./preview";

let f: Fixture;
beforeAll(() => {
  f = openFixture();
});
afterAll(() => f.close());

const draft = (slug: string) =>
  insertArticle(f, { slug, status: "draft", publishedAt: null, body: "Draft **body**" });

describe("preview links", () => {
  it("find the draft by the hash of the token, shaped as readers will see it", () => {
    const id = draft("preview-me");
    const { token, hash } = newPreviewToken();
    expect(setPreviewTokenHash(id, hash)).toBe(true);
    expect(hasPreviewLink(id)).toBe(true);
    const now = new Date("2030-05-06T07:08:09Z");
    const article = getArticleByPreviewTokenHash(hashPreviewToken(token), now);
    expect(article).toMatchObject({ id, slug: "preview-me", body: "Draft **body**", publishedAt: now });
    expect(article?.authors.map((a) => a.name)).toEqual([expect.stringMatching(/^Writer/)]);
    // The raw token is never what is stored.
    expect(
      f.db.select({ h: articles.previewTokenHash }).from(articles).where(eq(articles.id, id)).get()?.h,
    ).toBe(hash);
    expect(getArticleByPreviewTokenHash(token)).toBeUndefined();
  });

  it("stop working when replaced or revoked", () => {
    const id = draft("replaced");
    const first = newPreviewToken();
    const second = newPreviewToken();
    setPreviewTokenHash(id, first.hash);
    setPreviewTokenHash(id, second.hash);
    expect(getArticleByPreviewTokenHash(first.hash)).toBeUndefined();
    expect(getArticleByPreviewTokenHash(second.hash)?.id).toBe(id);
    expect(clearPreviewTokenHash(id)).toBe(true);
    expect(clearPreviewTokenHash(id)).toBe(false);
    expect(hasPreviewLink(id)).toBe(false);
    expect(getArticleByPreviewTokenHash(second.hash)).toBeUndefined();
  });

  it("never show a live article, and cannot be made for one", () => {
    const id = draft("goes-live");
    const { hash } = newPreviewToken();
    setPreviewTokenHash(id, hash);
    // Even if publishing had left the hash behind, a live story is read at its real address.
    f.db
      .update(articles)
      .set({ status: "published", publishedAt: new Date(Date.now() - 1000) })
      .where(eq(articles.id, id))
      .run();
    expect(getArticleByPreviewTokenHash(hash)).toBeUndefined();
    expect(setPreviewTokenHash(id, newPreviewToken().hash)).toBe(false);
  });

  it("show a scheduled story with its scheduled time", () => {
    const when = new Date(Math.floor(Date.now() / 1000 + 86_400) * 1000);
    const id = insertArticle(f, { slug: "scheduled-preview", status: "scheduled", publishedAt: when });
    const { hash } = newPreviewToken();
    setPreviewTokenHash(id, hash);
    expect(getArticleByPreviewTokenHash(hash)?.publishedAt).toEqual(when);
  });
});
