import "server-only";
import { and, eq, exists, sql } from "drizzle-orm";
import { db } from "@/db";
import { articleAuthors, articles, users } from "@/db/schema";
import { isPublicArticle } from "./public-rule";

/** The public face of a writer: never the email, role or password hash. */
export type AuthorProfile = { id: number; slug: string; name: string; bio: string; avatarUrl: string | null };

// Only people with a byline on a live article have a public page, so a staff account that
// never wrote (a moderator, a new hire) cannot be discovered by guessing its slug.
const bySlugStatement = db
  .select({ id: users.id, slug: users.slug, name: users.name, bio: users.bio, avatarUrl: users.avatarUrl })
  .from(users)
  .where(
    and(
      eq(users.slug, sql.placeholder("slug")),
      exists(
        db
          .select({ one: sql`1` })
          .from(articleAuthors)
          .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
          .where(
            and(sql`${articleAuthors.userId} = ${users.id}`, isPublicArticle),
          ),
      ),
    ),
  )
  .prepare();

export function getAuthorBySlug(slug: string): AuthorProfile | undefined {
  return bySlugStatement.get({ slug });
}
