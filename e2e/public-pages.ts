import { eq, inArray } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { articleAuthors, articles, articleTags, tags, users } from "../db/schema";
import { e2eDatabasePath, uniqueSuffix } from "./fixtures";

/**
 * Every public page type, for the accessibility and HTML-validity specs. The demo content has no
 * list long enough for a second page, so `listPageTwo` makes one (stories dated 2001, so they
 * never reach the front page) and `removeListPageTwo` takes it away again.
 */
export const PUBLIC_PAGES: Array<{ name: string; path: string; status?: number }> = [
  { name: "front page", path: "/" },
  { name: "article with comments and form", path: "/articles/riverside-flood-barrier-approved" },
  {
    name: "comments sorted newest first",
    path: "/articles/riverside-flood-barrier-approved/comments/newest/1",
  },
  { name: "section", path: "/sections/news" },
  { name: "tag", path: "/tags/flooding" },
  { name: "author", path: "/authors/tomas-ferreira" },
  { name: "corrections", path: "/corrections" },
  { name: "search results", path: "/search?q=council" },
  { name: "404", path: "/articles/no-such-story", status: 404 },
];

export const LOGIN_PAGE = { name: "login", path: "/login" };

export type ListFixture = { path: string; tagId: number; articleIds: number[] };

export function createListPageTwo(): ListFixture {
  const suffix = uniqueSuffix();
  const db = openDatabase(e2eDatabasePath());
  try {
    const author = db.select({ id: users.id }).from(users).where(eq(users.slug, "tomas-ferreira")).get();
    const section = db.select({ id: articles.sectionId }).from(articles).limit(1).get();
    if (!author || !section) throw new Error("The demo content is missing");
    const tagId = db
      .insert(tags)
      .values({ slug: `a11y-${suffix}`, name: `Paging ${suffix}` })
      .returning()
      .get().id;
    const articleIds: number[] = [];
    for (let i = 1; i <= 11; i++) {
      const { id } = db
        .insert(articles)
        .values({
          slug: `a11y-${suffix}-${i}`,
          headline: `Archive story ${i}`,
          dek: "An old story, listed to make a second page.",
          status: "published",
          publishedAt: new Date(Date.UTC(2001, 0, 1) - i * 86_400_000),
          sectionId: section.id,
          createdById: author.id,
        })
        .returning()
        .get();
      articleIds.push(id);
      db.insert(articleAuthors).values({ articleId: id, userId: author.id }).run();
      db.insert(articleTags).values({ articleId: id, tagId }).run();
    }
    return { path: `/tags/a11y-${suffix}/page/2`, tagId, articleIds };
  } finally {
    db.$client.close();
  }
}

export function removeListPageTwo(fixture: ListFixture | undefined): void {
  if (!fixture) return;
  const db = openDatabase(e2eDatabasePath());
  try {
    if (fixture.articleIds.length) db.delete(articles).where(inArray(articles.id, fixture.articleIds)).run();
    db.delete(tags).where(eq(tags.id, fixture.tagId)).run();
  } finally {
    db.$client.close();
  }
}
