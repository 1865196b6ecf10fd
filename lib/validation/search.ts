import { z } from "zod";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";

// Search state lives in the URL, where anything can be typed. Nothing here fails: a bad value
// falls back to "no filter" (or page 1), so a hand-edited address still shows a page.

/** The first value of a repeated parameter (`?q=a&q=b`), as Next hands arrays for those. */
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

const text = (max: number) =>
  z.preprocess(first, z.string().catch("").transform((s) => s.trim().slice(0, max)));

const slug = z.preprocess(
  first,
  z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,119}$/)
    .optional()
    .catch(undefined),
);

/** A calendar day, YYYY-MM-DD, as `<input type="date">` sends it; a real date or nothing. */
const day = z.preprocess(
  first,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s))
    .optional()
    .catch(undefined),
);

/** Pages past what the capped count can reach are refused later; this only bounds the number. */
const page = z.preprocess(first, z.coerce.number().int().positive().max(1000).catch(1));

export const publicSearchParams = z.object({
  q: text(MAX_QUERY_LENGTH),
  section: slug,
  author: slug,
  from: day,
  to: day,
  page,
});
export type PublicSearchParams = z.infer<typeof publicSearchParams>;

export const ADMIN_SEARCH_SCOPES = ["articles", "comments"] as const;
export type AdminSearchScope = (typeof ADMIN_SEARCH_SCOPES)[number];

export const adminSearchParams = z.object({
  q: text(MAX_QUERY_LENGTH),
  scope: z.preprocess(first, z.enum(ADMIN_SEARCH_SCOPES).optional().catch(undefined)),
  page,
});

/** Start of `day` (UTC) in Unix seconds; `endOfDay` is the first second of the next day. */
export function startOfDay(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / 1000);
}
export function endOfDay(day: string): number {
  return startOfDay(day) + 86_400;
}
