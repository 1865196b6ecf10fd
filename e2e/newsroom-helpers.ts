// Stories arranged in the database for the editor's desk specs (corrections and redirects,
// preview links, the front page desk), removed after each test with
// `test.afterEach(({ db }) => removeArranged(db))`, and a signed-out reader's page.
import { eq, inArray } from "drizzle-orm";
import type { Browser } from "@playwright/test";
import type { DB } from "../db/client";
import { articleAuthors, articles, sections, users, type ArticleStatus } from "../db/schema";
import { contextAs, loginFor, uniqueSuffix } from "./fixtures";

export const LONG_AGO = new Date(Date.UTC(2001, 0, 1));

/** Stories a spec arranged, deleted after each test (corrections, redirects, slots cascade). */
export const made: number[] = [];

/** Deletes the stories arranged so far; for `test.afterEach`. */
export function removeArranged(db: DB) {
  if (made.length)
    db.delete(articles)
      .where(inArray(articles.id, made.splice(0)))
      .run();
}

/**
 * A story in News bylined to the editor. Published ones are dated 2001 so they never become the
 * newest story (the default lead) of a front page other specs look at.
 */
export function arrange(db: DB, name: string, status: ArticleStatus = "published") {
  const editor = db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, loginFor("editor").email))
    .get()!;
  const news = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, "news")).get()!;
  const suffix = uniqueSuffix();
  const slug = `extras-${name}-${suffix}`;
  const headline = `Extras ${name} story ${suffix}`;
  const { id } = db
    .insert(articles)
    .values({
      slug,
      headline,
      dek: "A short summary for the extras spec.",
      body: "The council voted **31 to 6** on Tuesday.",
      status,
      publishedAt: status === "published" ? LONG_AGO : null,
      sectionId: news.id,
      createdById: editor.id,
    })
    .returning({ id: articles.id })
    .get();
  db.insert(articleAuthors).values({ articleId: id, userId: editor.id }).run();
  made.push(id);
  return { id, slug, headline, suffix };
}

export async function readerPage(browser: Browser) {
  const context = await contextAs(browser, null);
  return { context, page: await context.newPage() };
}
