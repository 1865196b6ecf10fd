import { z } from "zod";
import { idSchema } from "./article";

/** Restore: the article id bound to the action and the revision id posted by its button. */
export const restoreRevisionSchema = z.object({ articleId: idSchema, revisionId: idSchema });

/** The compare view's URL state (?from=2&to=5): revision numbers; anything unreadable is dropped. */
export const compareQuerySchema = z.object({
  from: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
  to: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
});

/**
 * Which two revisions to compare, given how many there are: as asked when both exist, else the
 * newest against the one before it. Null when there is nothing to compare yet.
 */
export function comparePair(query: z.infer<typeof compareQuerySchema>, count: number): { from: number; to: number } | null {
  if (count < 2) return null;
  const valid = (n: number | undefined): n is number => n !== undefined && n <= count;
  const to = valid(query.to) ? query.to : count;
  const from = valid(query.from) && query.from !== to ? query.from : to > 1 ? to - 1 : 2;
  return { from, to };
}
