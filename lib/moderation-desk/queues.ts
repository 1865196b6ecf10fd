import { z } from "zod";

/**
 * The moderators' queues. Four are comment states; "reported" and "review" are published
 * comments that still want a look (readers' reports, post-moderated stories), and "appeals" are
 * rejected comments whose commenter asked again.
 */
export const QUEUES = ["pending", "reported", "review", "appeals", "approved", "rejected", "spam"] as const;
export type Queue = (typeof QUEUES)[number];

export const QUEUE_LABELS: Record<Queue, string> = {
  pending: "Pending",
  reported: "Reported",
  review: "To review",
  appeals: "Appeals",
  approved: "Approved",
  rejected: "Rejected",
  spam: "Spam",
};

/** Queues that are work waiting for a moderator (the rest are archives of decisions). */
export const WAITING_QUEUES = ["pending", "reported", "review", "appeals"] as const satisfies readonly Queue[];

export type QueueCounts = Record<Queue, number>;

export type QueueFilter = {
  articleId?: number;
  sectionId?: number;
  /** Lower-case commenter email, matched exactly. */
  email?: string;
  /** Calendar days (YYYY-MM-DD, UTC), both inclusive, on the comment's posting time. */
  from?: string;
  to?: string;
  /** Words to find in the comment text (plain terms, never FTS syntax). */
  q?: string;
};

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => {
    const date = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
  });
const id = z.coerce.number().int().positive().max(2 ** 31);
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * The desk's URL state. Junk falls back to "no filter", the pending queue or the first page.
 * `?status=` (the old desk's parameter) still names a queue, so old links keep working.
 */
export const queueParamsSchema = z.preprocess(
  (v) => (v && typeof v === "object" && !("queue" in v) && "status" in v ? { ...v, queue: (v as { status: unknown }).status } : v),
  z.object({
  queue: z.enum(QUEUES).catch("pending"),
  page: z.coerce.number().int().positive().max(100_000).catch(1),
  article: z.preprocess(blankToUndefined, id.optional()).catch(undefined),
  section: z.preprocess(blankToUndefined, id.optional()).catch(undefined),
  email: z.preprocess(
    blankToUndefined,
    z.string().trim().toLowerCase().max(254).optional(),
  ).catch(undefined),
  from: z.preprocess(blankToUndefined, day.optional()).catch(undefined),
  to: z.preprocess(blankToUndefined, day.optional()).catch(undefined),
  q: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()).catch(undefined),
  }),
);
export type QueueParams = z.infer<typeof queueParamsSchema>;

export function filterOf(params: QueueParams): QueueFilter {
  const { article, section, email, from, to, q } = params;
  const [a, b] = from && to && from > to ? [to, from] : [from, to];
  return { articleId: article, sectionId: section, email, from: a, to: b, q };
}

/** The desk's address for a queue, page and filters; defaults are left out of the URL. */
export function deskHref(queue: Queue, filter: QueueFilter = {}, page = 1): string {
  const params = new URLSearchParams();
  if (queue !== "pending") params.set("queue", queue);
  if (filter.articleId) params.set("article", String(filter.articleId));
  if (filter.sectionId) params.set("section", String(filter.sectionId));
  if (filter.email) params.set("email", filter.email);
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  if (filter.q) params.set("q", filter.q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/comments?${query}` : "/admin/comments";
}

/** The commenter's history page. */
export function commenterHref(email: string): string {
  return `/admin/comments/commenter?email=${encodeURIComponent(email.toLowerCase())}`;
}
