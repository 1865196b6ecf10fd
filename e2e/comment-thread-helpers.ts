import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Browser } from "@playwright/test";
import type { DB } from "../db/client";
import {
  articleAuthors,
  articles,
  articleTags,
  comments,
  tags,
  users,
  type CommentModerationMode,
  type CommentStatus,
} from "../db/schema";
import { uniqueSuffix } from "./fixtures";

/**
 * A story of the test's own, never rendered before: reader pages are cached until moderation
 * revalidates them, so a fresh address shows exactly what the test wrote. Tagged with a tag of
 * its own, whose list page shows the story's card (and its comment count) fresh as well.
 */
export function createStory(db: DB, options: { mode?: CommentModerationMode; open?: boolean } = {}) {
  const suffix = uniqueSuffix();
  const author = db.select({ id: users.id }).from(users).where(eq(users.slug, "tomas-ferreira")).get()!;
  const section = db.select({ id: articles.sectionId }).from(articles).limit(1).get()!;
  const slug = `thread-${suffix}`;
  const id = db
    .insert(articles)
    .values({
      slug,
      headline: `Thread story ${suffix}`,
      dek: "A story to hold a conversation.",
      body: "The story.",
      status: "published",
      publishedAt: new Date(Date.now() - 3_600_000),
      sectionId: section.id,
      createdById: author.id,
      commentsOpen: options.open ?? true,
      commentModeration: options.mode ?? "default",
    })
    .returning()
    .get().id;
  db.insert(articleAuthors).values({ articleId: id, userId: author.id }).run();
  const tagSlug = `thread-tag-${suffix}`;
  const tagId = db
    .insert(tags)
    .values({ slug: tagSlug, name: `Thread tag ${suffix}` })
    .returning()
    .get().id;
  db.insert(articleTags).values({ articleId: id, tagId }).run();
  let clock = Date.now() - 3_000_000;
  return {
    id,
    slug,
    path: `/articles/${slug}`,
    tagPath: `/tags/${tagSlug}`,
    headline: `Thread story ${suffix}`,
    /** Adds a comment a second after the previous one; approved unless told otherwise. */
    comment(values: {
      name: string;
      body?: string;
      parentId?: number;
      status?: CommentStatus;
      featured?: boolean;
      token?: string;
      reason?: string;
    }) {
      clock += 1000;
      return db
        .insert(comments)
        .values({
          articleId: id,
          parentId: values.parentId ?? null,
          authorName: values.name,
          authorEmail: "reader@example.test",
          body: values.body ?? `Comment by ${values.name}`,
          status: values.status ?? "approved",
          featured: values.featured ?? false,
          reason: values.reason ?? "",
          statusTokenHash: values.token ? tokenHash(values.token) : null,
          createdAt: new Date(clock),
        })
        .returning()
        .get().id;
    },
    remove() {
      db.delete(articles).where(eq(articles.id, id)).run();
      db.delete(tags).where(eq(tags.id, tagId)).run();
    },
  };
}

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");
export const newToken = () => `tok${uniqueSuffix()}${uniqueSuffix()}`.replace(/[^A-Za-z0-9]/g, "");

let ipCounter = 0;
const ipBlock = Math.floor(Math.random() * 250);
/** A logged-out reader with an address of their own (reports and posts are limited per address). */
export async function threadReader(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const ip = `203.0.${ipBlock}.${++ipCounter % 250}`;
  const context = await browser.newContext({ ...options, extraHTTPHeaders: { "x-forwarded-for": ip } });
  return { context, page: await context.newPage() };
}

export const reportCountOf = (db: DB, id: number) =>
  db.select({ n: comments.reportCount }).from(comments).where(eq(comments.id, id)).get()!.n;
