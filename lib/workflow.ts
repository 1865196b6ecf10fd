import type { ArticleStatus, Role } from "@/db/schema";
import { can } from "@/lib/auth/permissions";

/**
 * The editorial status machine: which move takes an article from which statuses to which, and
 * who may make it. Server actions ask `checkTransition` before writing; the editor's buttons are
 * built from `availableTransitions`, so the page and the server can never disagree.
 */
/**
 * `publisher`: editors and admins. `owner`: also the writer whose story it is. `ownerOnly`: only the
 * writer (an editor's way to hand a story back is sendBack, with a note).
 */
type Who = "publisher" | "owner" | "ownerOnly";

export const TRANSITIONS = {
  submit: { from: ["draft", "unpublished"], to: "review", who: "owner" },
  withdraw: { from: ["review"], to: "draft", who: "ownerOnly" },
  sendBack: { from: ["review"], to: "draft", who: "publisher" },
  publish: { from: ["draft", "review", "scheduled", "unpublished"], to: "published", who: "publisher" },
  schedule: { from: ["draft", "review", "scheduled", "unpublished"], to: "scheduled", who: "publisher" },
  unschedule: { from: ["scheduled"], to: "draft", who: "publisher" },
  unpublish: { from: ["published"], to: "unpublished", who: "publisher" },
  archive: { from: ["published", "unpublished", "draft"], to: "archived", who: "publisher" },
  restore: { from: ["archived"], to: "draft", who: "publisher" },
} as const satisfies Record<string, { from: readonly ArticleStatus[]; to: ArticleStatus; who: Who }>;

export type TransitionName = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as TransitionName[];

/** Moves that need a note: sending back without saying why leaves the writer guessing. */
export const NOTE_REQUIRED: ReadonlySet<TransitionName> = new Set(["sendBack"]);

export const TRANSITION_LABELS: Record<TransitionName, string> = {
  submit: "Submit for review",
  withdraw: "Withdraw from review",
  sendBack: "Send back to the writer",
  publish: "Publish now",
  schedule: "Schedule",
  unschedule: "Cancel the schedule",
  unpublish: "Unpublish",
  archive: "Archive",
  restore: "Restore to draft",
};

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: "Draft",
  review: "In review",
  scheduled: "Scheduled",
  published: "Published",
  unpublished: "Unpublished",
  archived: "Archived",
};

export type Actor = { id: number; role: Role };
export type WorkflowArticle = { status: ArticleStatus; createdById: number; authorIds: readonly number[] };

function isOwner(actor: Actor, article: WorkflowArticle): boolean {
  return article.createdById === actor.id || article.authorIds.includes(actor.id);
}

/** Whether `actor` may make `name` on `article` as it stands; a reason when not. */
export function checkTransition(
  actor: Actor,
  article: WorkflowArticle,
  name: TransitionName,
): { ok: true; to: ArticleStatus } | { ok: false; message: string } {
  const rule = TRANSITIONS[name];
  if (!(rule.from as readonly ArticleStatus[]).includes(article.status)) {
    return { ok: false, message: `A ${STATUS_LABELS[article.status].toLowerCase()} article cannot be moved that way. Reload the page to see its current state.` };
  }
  const publisher = can(actor.role, "articles.publish");
  const owner = can(actor.role, "articles.write") && isOwner(actor, article);
  const who: Who = rule.who;
  const allowed = who === "publisher" ? publisher : who === "owner" ? publisher || owner : owner;
  if (!allowed) return { ok: false, message: "You do not have permission to do that." };
  return { ok: true, to: rule.to };
}

/** The moves `actor` may make now, in the order the editor shows them. */
export function availableTransitions(actor: Actor, article: WorkflowArticle): TransitionName[] {
  return TRANSITION_NAMES.filter((name) => checkTransition(actor, article, name).ok);
}

/**
 * What the public sees: a scheduled article whose time has passed is published, with no job
 * having run. Staff views show this rather than the stored status.
 */
export function effectiveStatus(status: ArticleStatus, publishedAt: Date | null, now = new Date()): ArticleStatus {
  return status === "scheduled" && publishedAt !== null && publishedAt <= now ? "published" : status;
}

export type PrepublishInput = { headline: string; dek: string; body: string; heroImageUrl: string | null; heroImageAlt: string };

// "TK" is the newsroom mark for "to come": a fact or quote still missing.
const PLACEHOLDER = /\bTKs?\b/;

/** Things an editor should look at before a story goes out; publishing asks to confirm them. */
export function prepublishWarnings(article: PrepublishInput): string[] {
  const warnings: string[] = [];
  for (const [field, text] of [["headline", article.headline], ["dek", article.dek], ["body", article.body]] as const) {
    if (PLACEHOLDER.test(text)) warnings.push(`The ${field} still has a "TK" placeholder.`);
  }
  if (!article.dek.trim()) warnings.push("The dek (summary under the headline) is empty.");
  if (article.heroImageUrl && !article.heroImageAlt.trim()) warnings.push("The hero image has no alt text.");
  return warnings;
}
