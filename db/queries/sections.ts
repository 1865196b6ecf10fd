import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { sections } from "@/db/schema";

export type SectionSummary = { id: number; slug: string; name: string; description: string };

const columns = { id: sections.id, slug: sections.slug, name: sections.name, description: sections.description };

const listStatement = db.select(columns).from(sections).orderBy(asc(sections.sortOrder), asc(sections.name)).prepare();

/** Sections in navigation order. */
export function listSections(): SectionSummary[] {
  return listStatement.all();
}

export function getSectionBySlug(slug: string): SectionSummary | undefined {
  return db.select(columns).from(sections).where(eq(sections.slug, slug)).get();
}

export function getSectionById(id: number): SectionSummary | undefined {
  return db.select(columns).from(sections).where(eq(sections.id, id)).get();
}
