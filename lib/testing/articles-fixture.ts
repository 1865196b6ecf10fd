import { openDatabase, type DB } from "@/db/client";
import { getArticleForEdit, updateArticle, type ArticleWrite } from "@/db/queries/article-editor";
import { articleAuthors, articles, sections, users, type NewArticle } from "@/db/schema";

// Arranging articles directly in the test database (the per-file SQLite of setup-db.ts), for
// query tests that need a story in a given state without going through the editor.

export const daysAgo = (d: number) => new Date(Math.floor(Date.now() / 1000 - d * 86_400) * 1000);

export type Fixture = { db: DB; userId: number; sectionId: number; close: () => void };

let counter = 0;

export function openFixture(): Fixture {
  const db = openDatabase(process.env.DATABASE_PATH!);
  const n = ++counter;
  const userId = db
    .insert(users)
    .values({
      email: `writer${n}-${process.pid}@test.local`,
      name: `Writer ${n}`,
      slug: `writer-${n}-${process.pid}`,
      passwordHash: "x",
      role: "editor",
    })
    .returning({ id: users.id })
    .get().id;
  const sectionId = db
    .insert(sections)
    .values({ slug: `section-${n}-${process.pid}`, name: `Section ${n}` })
    .returning({ id: sections.id })
    .get().id;
  return { db, userId, sectionId, close: () => db.$client.close() };
}

/** A published story (a day old unless told otherwise), bylined to the fixture's writer. */
export function insertArticle(f: Fixture, values: Partial<NewArticle> & { slug: string }): number {
  const id = f.db
    .insert(articles)
    .values({
      headline: `Headline ${values.slug}`,
      status: "published",
      publishedAt: daysAgo(1),
      sectionId: f.sectionId,
      createdById: f.userId,
      ...values,
    })
    .returning({ id: articles.id })
    .get().id;
  f.db.insert(articleAuthors).values({ articleId: id, userId: f.userId }).run();
  return id;
}

/** Saves an article through the editor's query as a writer would, changing only `changes`. */
export function plainSave(id: number, userId: number, changes: Partial<ArticleWrite>) {
  const a = getArticleForEdit(id);
  if (!a) throw new Error(`No article ${id}`);
  const write: ArticleWrite = {
    slug: a.slug,
    headline: a.headline,
    dek: a.dek,
    body: a.body,
    sectionId: a.sectionId,
    heroImageUrl: a.heroImageUrl,
    heroImageAlt: a.heroImageAlt,
    heroImageCaption: a.heroImageCaption,
    commentsOpen: a.commentsOpen,
    tagNames: a.tagNames,
    authorIds: a.authorIds,
    ...changes,
  };
  return updateArticle(id, write, { version: a.version, userId });
}

/** A complete, valid editor write for createArticle/updateArticle; tests override what they test. */
export function draftWrite(sectionId: number, authorId: number, overrides: Partial<ArticleWrite> = {}): ArticleWrite {
  return {
    slug: `story-${Math.random().toString(36).slice(2, 8)}`,
    headline: "A story",
    dek: "Dek",
    body: "Body",
    sectionId,
    heroImageUrl: null,
    heroImageAlt: "",
    heroImageCaption: "",
    commentsOpen: true,
    tagNames: [],
    authorIds: [authorId],
    ...overrides,
  };
}
