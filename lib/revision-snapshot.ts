import { z } from "zod";
import { diffText, hasChanges, type DiffPart } from "@/lib/text-diff";

/**
 * What a revision stores: every field a writer can change, as it was after one save. Section
 * and byline keep their names too, so an old revision still reads well after a rename; restoring
 * uses the ids. Parsing is lenient (missing fields get defaults) so revisions written before a
 * field existed stay readable and restorable.
 */
export const snapshotSchema = z.object({
  headline: z.string().catch(""),
  slug: z.string().catch(""),
  dek: z.string().catch(""),
  body: z.string().catch(""),
  section: z.object({ id: z.number().int(), name: z.string() }).nullable().catch(null),
  tags: z.array(z.string()).catch([]),
  authors: z.array(z.object({ id: z.number().int(), name: z.string() })).catch([]),
  heroImageUrl: z.string().nullable().catch(null),
  heroImageAlt: z.string().catch(""),
  heroImageCaption: z.string().catch(""),
  heroImageCredit: z.string().catch(""),
  heroMediaId: z.number().int().nullable().catch(null),
  seoTitle: z.string().catch(""),
  seoDescription: z.string().catch(""),
  commentsOpen: z.boolean().catch(true),
});
export type ArticleSnapshot = z.infer<typeof snapshotSchema>;

/** A stored snapshot (JSON from the database) as a full snapshot; never throws. */
export function parseSnapshot(value: unknown): ArticleSnapshot {
  const parsed = snapshotSchema.safeParse(typeof value === "object" && value !== null ? value : {});
  return parsed.success ? parsed.data : snapshotSchema.parse({});
}

type Field = keyof ArticleSnapshot;

/** Fields in the order the editor shows them, each with its label and how it reads as text. */
export const SNAPSHOT_FIELDS: ReadonlyArray<{ field: Field; label: string; text: (s: ArticleSnapshot) => string; long?: boolean }> = [
  { field: "headline", label: "Headline", text: (s) => s.headline },
  { field: "slug", label: "Slug", text: (s) => s.slug },
  { field: "dek", label: "Dek", text: (s) => s.dek },
  { field: "body", label: "Body", text: (s) => s.body, long: true },
  { field: "section", label: "Section", text: (s) => s.section?.name ?? "(none)" },
  { field: "tags", label: "Tags", text: (s) => s.tags.join(", ") },
  { field: "authors", label: "Authors", text: (s) => s.authors.map((a) => a.name).join(", ") },
  { field: "heroImageUrl", label: "Hero image URL", text: (s) => s.heroImageUrl ?? "" },
  { field: "heroMediaId", label: "Hero library image", text: (s) => (s.heroMediaId === null ? "(none)" : `#${s.heroMediaId}`) },
  { field: "heroImageAlt", label: "Hero image alt text", text: (s) => s.heroImageAlt },
  { field: "heroImageCaption", label: "Hero image caption", text: (s) => s.heroImageCaption },
  { field: "heroImageCredit", label: "Hero image credit", text: (s) => s.heroImageCredit },
  { field: "seoTitle", label: "SEO title", text: (s) => s.seoTitle },
  { field: "seoDescription", label: "SEO description", text: (s) => s.seoDescription },
  { field: "commentsOpen", label: "Comments", text: (s) => (s.commentsOpen ? "Open" : "Closed") },
];

export type FieldDiff = { field: Field; label: string; long: boolean; parts: DiffPart[] };

/**
 * The fields that differ from `before` to `after`, each as a word-level diff of its text form.
 * Section and byline compare by id as well, so a renamed section is not shown as a change.
 */
export function diffSnapshots(before: ArticleSnapshot, after: ArticleSnapshot): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const { field, label, text, long } of SNAPSHOT_FIELDS) {
    if (sameValue(before[field], after[field])) continue;
    const parts = diffText(text(before), text(after));
    // Same text but different ids (two people with one name): still a change worth showing.
    out.push({ field, label, long: Boolean(long), parts: hasChanges(parts) ? parts : [{ kind: "same", text: text(after) }] });
  }
  return out;
}

/** Labels of fields that did not change, for "Unchanged: …" under a diff. */
export function unchangedLabels(before: ArticleSnapshot, after: ArticleSnapshot): string[] {
  return SNAPSHOT_FIELDS.filter(({ field }) => sameValue(before[field], after[field])).map((f) => f.label);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a && b && typeof a === "object" && typeof b === "object" && "id" in a && "id" in b && !Array.isArray(a)) {
    return a.id === b.id;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  return a === b;
}
