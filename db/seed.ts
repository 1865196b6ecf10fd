import { randomBytes } from "node:crypto";
import { hashPassword } from "../lib/auth/password";
import { slugify } from "../lib/utils";
import type { DB } from "./client";
import { DEMO_LOGINS } from "./demo-logins";
import { articleAuthors, articles, articleTags, articleTransitions, comments, sections, tags, users, type Role } from "./schema";
import {
  EXTRA_AUTHORS,
  SEED_ARTICLES,
  SEED_COMMENTS,
  SEED_IP_HASHES,
  SEED_SECTIONS,
  SEED_TAGS,
  SPAM_IP_HASH,
  WRITER_PROFILES,
  type WriterSlug,
} from "./seed-content";

export { DEMO_LOGINS } from "./demo-logins";

const HOUR = 3_600_000;
const MINUTE = 60_000;

type SeedUser = { name: string; email: string; role: Role; password: string };

/**
 * Fills an empty, migrated database with the demo newsroom: staff, sections, tags, articles
 * and comments. Content is fixed; only timestamps follow the clock, so the front page always
 * looks fresh. Expects an empty database (callers check the users table first).
 */
export async function seedDemoContent(db: DB): Promise<void> {
  const now = Date.now();
  const people: SeedUser[] = [
    ...DEMO_LOGINS.map((login) => ({ ...login, role: login.role as Role })),
    // Byline-only accounts: nobody is told the password, so nobody can sign in as them.
    ...EXTRA_AUTHORS.map((a) => ({
      ...a,
      role: "author" as Role,
      password: randomBytes(32).toString("base64url"),
    })),
  ];
  // argon2 is slow and async, while better-sqlite3 transactions must be synchronous.
  const hashes = await Promise.all(people.map((p) => hashPassword(p.password)));

  db.transaction((tx) => {
    const userIds = new Map<string, number>();
    people.forEach((person, i) => {
      const slug = slugify(person.name) as WriterSlug;
      const row = tx
        .insert(users)
        .values({
          email: person.email,
          name: person.name,
          slug,
          passwordHash: hashes[i]!,
          role: person.role,
          bio: WRITER_PROFILES[slug]?.bio ?? "",
          avatarUrl: `/avatars/${slug}.svg`,
          createdAt: new Date(now - 30 * 24 * HOUR),
        })
        .returning({ id: users.id })
        .get();
      userIds.set(slug, row.id);
    });
    const moderatorId = userIds.get("jun-okafor")!;

    const sectionIds = new Map<string, number>();
    SEED_SECTIONS.forEach((section, i) => {
      const row = tx
        .insert(sections)
        .values({ ...section, sortOrder: i })
        .returning({ id: sections.id })
        .get();
      sectionIds.set(section.slug, row.id);
    });

    const tagIds = new Map<string, number>();
    for (const name of SEED_TAGS) {
      const row = tx
        .insert(tags)
        .values({ name, slug: slugify(name) })
        .returning({ id: tags.id })
        .get();
      tagIds.set(slugify(name), row.id);
    }

    // Oldest first, so ids follow publication order; drafts last.
    const ordered = [...SEED_ARTICLES].sort((a, b) => (b.hoursAgo ?? -1) - (a.hoursAgo ?? -1));
    const published = new Map<string, { id: number; at: number }>();
    for (const article of ordered) {
      const publishedAt = article.hoursAgo === null ? null : now - article.hoursAgo * HOUR;
      const createdAt = publishedAt === null ? now - 26 * HOUR : publishedAt - 5 * HOUR;
      const updatedAt =
        publishedAt === null ? now - 2 * HOUR : publishedAt + (article.updatedHoursLater ?? 0) * HOUR;
      const row = tx
        .insert(articles)
        .values({
          slug: article.slug,
          headline: article.headline,
          dek: article.dek,
          body: article.body,
          status: publishedAt !== null ? "published" : article.inReview ? "review" : "draft",
          assigneeId: article.inReview ? userIds.get(article.inReview.assignee)! : null,
          dueAt: article.inReview ? new Date(now + article.inReview.dueInHours * HOUR) : null,
          publishedAt: publishedAt === null ? null : new Date(publishedAt),
          updatedAt: new Date(updatedAt),
          createdAt: new Date(createdAt),
          sectionId: sectionIds.get(article.section)!,
          createdById: userIds.get(article.authors[0])!,
          heroImageUrl: article.hero?.image ?? null,
          heroImageAlt: article.hero?.alt ?? "",
          heroImageCaption: article.hero?.caption ?? "",
          commentsOpen: article.commentsOpen ?? true,
        })
        .returning({ id: articles.id })
        .get();
      article.authors.forEach((slug, sortOrder) => {
        tx.insert(articleAuthors)
          .values({ articleId: row.id, userId: userIds.get(slug)!, sortOrder })
          .run();
      });
      for (const tag of article.tags) {
        const tagId = tagIds.get(tag);
        if (tagId === undefined) throw new Error(`Seed article ${article.slug} has unknown tag ${tag}`);
        tx.insert(articleTags).values({ articleId: row.id, tagId }).run();
      }
      if (article.inReview) {
        tx.insert(articleTransitions)
          .values({ articleId: row.id, actorId: userIds.get(article.authors[0])!, fromStatus: "draft", toStatus: "review", createdAt: new Date(now - HOUR) })
          .run();
      }
      if (publishedAt !== null) published.set(article.slug, { id: row.id, at: publishedAt });
    }

    const commentIds = new Map<string, { id: number; article: string }>();
    SEED_COMMENTS.forEach((comment, i) => {
      const article = published.get(comment.article);
      if (!article) throw new Error(`Seed comment on unknown article ${comment.article}`);
      const parent = comment.parent ? commentIds.get(comment.parent) : undefined;
      if (comment.parent && parent?.article !== comment.article) {
        throw new Error(`Seed reply ${i} names a parent that is missing or on another article`);
      }
      // Never in the future, whatever the offsets say.
      const createdAt = Math.min(article.at + comment.minutesAfter * MINUTE, now - MINUTE);
      const moderated = comment.status !== "pending";
      const row = tx
        .insert(comments)
        .values({
          articleId: article.id,
          parentId: parent?.id ?? null,
          authorName: comment.name,
          authorEmail: comment.email,
          body: comment.body,
          status: comment.status,
          createdAt: new Date(createdAt),
          ipHash: comment.status === "spam" ? SPAM_IP_HASH : SEED_IP_HASHES[i % SEED_IP_HASHES.length]!,
          moderatedById: moderated ? moderatorId : null,
          moderatedAt: moderated ? new Date(Math.min(createdAt + 15 * MINUTE, now)) : null,
        })
        .returning({ id: comments.id })
        .get();
      if (comment.key) commentIds.set(comment.key, { id: row.id, article: comment.article });
    });
  });
}
