import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { tags } from "@/db/schema";

export type TagSummary = { id: number; slug: string; name: string };

const bySlugStatement = db
  .select({ id: tags.id, slug: tags.slug, name: tags.name })
  .from(tags)
  .where(eq(tags.slug, sql.placeholder("slug")))
  .prepare();

export function getTagBySlug(slug: string): TagSummary | undefined {
  return bySlugStatement.get({ slug });
}
