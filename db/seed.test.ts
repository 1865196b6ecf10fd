import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import path from "node:path";
import { openDatabase, runMigrations, type DB } from "./client";
import { articleAuthors, articles, articleTags, articleTransitions, comments, sections, tags, users } from "./schema";
import { DEMO_LOGINS, seedDemoContent } from "./seed";

let db: DB;
let seededAt: number;

beforeAll(async () => {
  db = openDatabase(process.env.DATABASE_PATH!);
  seededAt = Date.now();
  await seedDemoContent(db);
});
afterAll(() => db.$client.close());

function article(slug: string) {
  const row = db.select().from(articles).where(eq(articles.slug, slug)).get();
  if (!row) throw new Error(`missing seeded article ${slug}`);
  return row;
}
function bylineSlugs(articleId: number) {
  return db
    .select({ slug: users.slug })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(articleAuthors.sortOrder)
    .all()
    .map((r) => r.slug);
}
function tagSlugs(articleId: number) {
  return db
    .select({ slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .all()
    .map((r) => r.slug)
    .sort();
}

describe("seedDemoContent", () => {
  it("creates the six sections in order", () => {
    const rows = db.select({ slug: sections.slug }).from(sections).orderBy(sections.sortOrder).all();
    expect(rows.map((r) => r.slug)).toEqual([
      "news",
      "politics",
      "business",
      "culture",
      "science",
      "opinion",
    ]);
  });

  it("publishes articles in every section", () => {
    const counts = db
      .select({ section: sections.slug, n: sql<number>`count(*)` })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(eq(articles.status, "published"))
      .groupBy(sections.slug)
      .all();
    const bySection = Object.fromEntries(counts.map((c) => [c.section, c.n]));
    expect(bySection).toEqual({ news: 3, politics: 2, business: 2, culture: 3, science: 2, opinion: 2 });
  });

  it("creates the writers with the contracted slugs, roles, bios and avatars", () => {
    const rows = db.select().from(users).all();
    const bySlug = Object.fromEntries(rows.map((u) => [u.slug, u]));
    expect(Object.keys(bySlug).sort()).toEqual(
      [
        "jun-okafor",
        "lena-kowalski",
        "morgan-hale",
        "priya-raman",
        "samuel-adeyemi",
        "tomas-ferreira",
      ].sort(),
    );
    expect(bySlug["lena-kowalski"]).toMatchObject({ role: "author", email: "lena.kowalski@gazette.test" });
    expect(bySlug["samuel-adeyemi"]).toMatchObject({ role: "author", email: "samuel.adeyemi@gazette.test" });
    for (const user of rows) {
      expect(user.active).toBe(true);
      expect(user.bio.length).toBeGreaterThan(20);
      expect(user.avatarUrl).toBe(`/avatars/${user.slug}.svg`);
    }
  });

  it.each(DEMO_LOGINS)("lets $email sign in with the demo password as $role", async (login) => {
    const user = db.select().from(users).where(eq(users.email, login.email)).get();
    expect(user?.role).toBe(login.role);
    expect(user?.name).toBe(login.name);
    expect(await verifyPassword(user!.passwordHash, login.password)).toBe(true);
    expect(await verifyPassword(user!.passwordHash, "wrong-password")).toBe(false);
  });

  it("makes riverside-flood-barrier-approved the newest published news lead", () => {
    const lead = article("riverside-flood-barrier-approved");
    expect(lead.status).toBe("published");
    expect(lead.commentsOpen).toBe(true);
    const newest = db
      .select({ slug: articles.slug })
      .from(articles)
      .where(eq(articles.status, "published"))
      .orderBy(sql`${articles.publishedAt} desc`)
      .limit(1)
      .get();
    expect(newest?.slug).toBe(lead.slug);
    expect(db.select().from(sections).where(eq(sections.id, lead.sectionId)).get()?.slug).toBe("news");
    expect(bylineSlugs(lead.id)).toEqual(["tomas-ferreira", "priya-raman"]);
    expect(tagSlugs(lead.id)).toEqual(["city-council", "flooding"]);
    expect(lead.heroImageUrl).toMatch(/^\/images\/.+\.svg$/);
    expect(lead.heroImageAlt).not.toBe("");
  });

  it("gives the lead story approved threads and every other moderation state", () => {
    const lead = article("riverside-flood-barrier-approved");
    const rows = db.select().from(comments).where(eq(comments.articleId, lead.id)).all();
    const approvedTop = rows.filter((c) => c.status === "approved" && c.parentId === null);
    const approvedReplies = rows.filter((c) => c.status === "approved" && c.parentId !== null);
    expect(approvedTop.length).toBeGreaterThanOrEqual(3);
    expect(approvedReplies.length).toBeGreaterThanOrEqual(1);
    for (const status of ["pending", "rejected", "spam"] as const) {
      expect(rows.filter((c) => c.status === status).length, status).toBeGreaterThanOrEqual(1);
    }
  });

  it("closes comments on library-opening-hours-extended", () => {
    const library = article("library-opening-hours-extended");
    expect(library.status).toBe("published");
    expect(library.commentsOpen).toBe(false);
    expect(db.select().from(sections).where(eq(sections.id, library.sectionId)).get()?.slug).toBe("culture");
  });

  it("puts one writer's draft on the review desk, assigned and due, with its submission logged", () => {
    const waiting = article("draft-allotment-waiting-list");
    expect(waiting).toMatchObject({ status: "review", publishedAt: null });
    expect(waiting.assigneeId).not.toBeNull();
    expect(waiting.dueAt?.getTime()).toBeGreaterThan(Date.now());
    const log = db.select().from(articleTransitions).where(eq(articleTransitions.articleId, waiting.id)).all();
    expect(log).toEqual([expect.objectContaining({ fromStatus: "draft", toStatus: "review" })]);
  });

  it("keeps draft-transit-fare-review as Tomás Ferreira's unpublished news draft", () => {
    const draft = article("draft-transit-fare-review");
    const tomas = db.select().from(users).where(eq(users.slug, "tomas-ferreira")).get()!;
    expect(draft).toMatchObject({ status: "draft", publishedAt: null, createdById: tomas.id });
    expect(tomas.role).toBe("author");
    expect(bylineSlugs(draft.id)).toEqual(["tomas-ferreira"]);
    expect(db.select().from(sections).where(eq(sections.id, draft.sectionId)).get()?.slug).toBe("news");
  });

  it("dates published articles within the last 14 days, none in the future", () => {
    const rows = db.select().from(articles).where(eq(articles.status, "published")).all();
    for (const row of rows) {
      const at = row.publishedAt!.getTime();
      expect(at).toBeLessThanOrEqual(seededAt);
      expect(at).toBeGreaterThan(seededAt - 14 * 24 * 3_600_000);
      expect(row.updatedAt.getTime()).toBeGreaterThanOrEqual(at);
    }
    expect(rows.filter((r) => r.updatedAt.getTime() > r.publishedAt!.getTime())).toHaveLength(2);
  });

  it("puts at least one author on every article", () => {
    const orphans = db
      .select({ slug: articles.slug })
      .from(articles)
      .leftJoin(articleAuthors, eq(articleAuthors.articleId, articles.id))
      .where(isNull(articleAuthors.userId))
      .all();
    expect(orphans).toEqual([]);
  });

  it("has comments in every status", () => {
    const counts = db
      .select({ status: comments.status, n: sql<number>`count(*)` })
      .from(comments)
      .groupBy(comments.status)
      .all();
    const byStatus = Object.fromEntries(counts.map((c) => [c.status, c.n]));
    for (const status of ["approved", "pending", "rejected", "spam"])
      expect(byStatus[status], status).toBeGreaterThan(0);
  });

  it("attaches replies to approved comments on the same article", () => {
    const replies = db
      .select()
      .from(comments)
      .where(sql`${comments.parentId} is not null`)
      .all();
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) {
      const parent = db.select().from(comments).where(eq(comments.id, reply.parentId!)).get();
      expect(parent?.articleId).toBe(reply.articleId);
      expect(parent?.status).toBe("approved");
    }
  });

  it("records the moderator on moderated comments and posts none before its article", () => {
    const moderator = db.select().from(users).where(eq(users.role, "moderator")).get()!;
    const rows = db
      .select({ c: comments, publishedAt: articles.publishedAt })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .all();
    for (const { c, publishedAt } of rows) {
      expect(c.createdAt.getTime()).toBeGreaterThanOrEqual(publishedAt!.getTime());
      expect(c.createdAt.getTime()).toBeLessThanOrEqual(seededAt);
      expect(c.authorEmail).toMatch(/@example\.com$/);
      if (c.status === "pending") expect(c.moderatedById).toBeNull();
      else expect([c.moderatedById, c.moderatedAt !== null]).toEqual([moderator.id, true]);
    }
  });

  it("seeds no comments on drafts", () => {
    const onDrafts = db
      .select({ id: comments.id })
      .from(comments)
      .innerJoin(articles, and(eq(articles.id, comments.articleId), eq(articles.status, "draft")))
      .all();
    expect(onDrafts).toEqual([]);
  });

  it("produces the same content on every run", async () => {
    const second = openDatabase(path.join(path.dirname(process.env.DATABASE_PATH!), "second.db"));
    try {
      runMigrations(second);
      await seedDemoContent(second);
      const content = (d: DB) => ({
        articles: d
          .select({ slug: articles.slug, headline: articles.headline, body: articles.body })
          .from(articles)
          .orderBy(articles.slug)
          .all(),
        comments: d
          .select({ name: comments.authorName, body: comments.body, status: comments.status })
          .from(comments)
          .orderBy(comments.id)
          .all(),
      });
      expect(content(second)).toEqual(content(db));
    } finally {
      second.$client.close();
    }
  });
});
