import "server-only";
import { z } from "zod";
import {
  getArticleForEdit,
  isSlugTaken,
  listBylineCandidates,
  updateArticle,
  type ArticleForEdit,
  type ArticleWrite,
  type SavedArticle,
} from "@/db/queries/article-editor";
import { latestRevision } from "@/db/queries/revisions";
import { getSectionById } from "@/db/queries/sections";
import type { StaffUser } from "@/db/queries/users";
import { formFields, invalid, type ActionState } from "@/lib/action-state";
import { can, canEditArticle } from "@/lib/auth/permissions";
import type { SaveConflict } from "@/lib/editor/save-state";
import { slugify } from "@/lib/utils";
import { articleInputSchema, authorIdsSchema, idSchema, versionSchema } from "@/lib/validation/article";
import { articleFormValues } from "./form-values";
import { resolveHero } from "./hero-input";

// Steps 2 and 3 of a content save, shared by the Save button and autosave: parse the form, check
// the article and the byline rules, and build the write. The actions differ only in what they
// do with the result.

const boundIdSchema = z.union([z.null(), idSchema]);

export function fieldError(field: string, message: string): ActionState {
  return { ok: false, message: "Please correct the highlighted fields.", fieldErrors: { [field]: [message] } };
}

export type PreparedSave =
  | { ok: false; state: ActionState }
  | { ok: true; existing: ArticleForEdit; write: ArticleWrite; version: number }
  | { ok: true; existing: undefined; write: ArticleWrite; version: null };

export function prepareArticleSave(user: StaffUser, boundId: unknown, formData: FormData): PreparedSave {
  const fail = (state: ActionState) => ({ ok: false as const, state });
  const id = boundIdSchema.safeParse(boundId);
  if (!id.success) return fail({ ok: false, message: "That article does not exist." });
  const parsed = articleInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return fail(invalid(parsed.error));
  const input = parsed.data;
  const byline = authorIdsSchema.safeParse(formData.getAll("authorIds"));
  if (!byline.success) return fail(fieldError("authorIds", byline.error.issues[0]?.message ?? "Choose the authors."));

  let existing: ArticleForEdit | undefined;
  let version: number | null = null;
  if (id.data !== null) {
    existing = getArticleForEdit(id.data);
    if (!existing) return fail({ ok: false, message: "That article no longer exists." });
    if (!canEditArticle(user, existing)) return fail({ ok: false, message: "You do not have permission to edit this article." });
    const posted = versionSchema.safeParse(formData.get("version"));
    if (!posted.success) return fail({ ok: false, message: "The form is missing its version. Reload the page (copy your text first)." });
    version = posted.data;
  }

  if (!getSectionById(input.sectionId)) return fail(fieldError("sectionId", "Choose a section."));
  const slug = input.slug || slugify(input.headline);
  if (!slug) return fail(fieldError("slug", "Enter a slug: the headline has no letters or numbers to make one from."));
  if (isSlugTaken(slug, existing?.id))
    return fail(fieldError("slug", "That slug is already used by another article."));

  // Editors may name any writer; an author only themselves and whoever is already on the byline.
  const current = existing?.authorIds ?? [];
  const allowed = can(user.role, "articles.editAny")
    ? new Set([...listBylineCandidates().map((c) => c.id), ...current])
    : new Set([user.id, ...current]);
  if (byline.data.some((authorId) => !allowed.has(authorId))) {
    return fail(fieldError("authorIds", "You cannot add that person to the byline."));
  }

  // A library hero must still exist; it supplies the address, credit and alt/caption defaults.
  const resolved = resolveHero(input, existing);
  if ("error" in resolved) return fail(fieldError("heroMediaId", resolved.error));

  const write: ArticleWrite = {
    slug,
    headline: input.headline,
    dek: input.dek,
    body: input.body,
    sectionId: input.sectionId,
    ...resolved.hero,
    commentsOpen: input.commentsOpen,
    commentModeration: input.commentModeration,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
    tagNames: input.tags,
    authorIds: byline.data,
  };
  return existing ? { ok: true, existing, write, version: version! } : { ok: true, existing: undefined, write, version: null };
}

export type VersionedSave = { ok: true; article: SavedArticle } | { ok: false; state: ActionState; conflict?: SaveConflict };

/** Saves against the posted version; a stale one comes back as a conflict to merge, never an overwrite. */
export function saveAgainstVersion(user: StaffUser, existing: ArticleForEdit, write: ArticleWrite, version: number, note: string): VersionedSave {
  let result: ReturnType<typeof updateArticle>;
  try {
    result = updateArticle(existing.id, write, { version, userId: user.id, note });
  } catch (error) {
    return { ok: false, state: saveFailure(error) };
  }
  if (result.ok) return result;
  if (result.reason === "missing") return { ok: false, state: { ok: false, message: "That article no longer exists." } };
  const conflict = conflictFor(user, existing.id);
  if (!conflict) return { ok: false, state: { ok: false, message: "That article no longer exists." } };
  const who = conflict.savedBy ?? "Someone else";
  return {
    ok: false,
    conflict,
    state: {
      ok: false,
      message: `${who} saved this article while you were editing. Nothing of yours was lost: compare the changes below, choose what to keep, then save again.`,
    },
  };
}

/** The stored article as form values, with who saved it last: what a refused save shows. */
function conflictFor(user: StaffUser, articleId: number): SaveConflict | undefined {
  const current = getArticleForEdit(articleId);
  if (!current) return undefined;
  const last = latestRevision(articleId);
  return {
    version: current.version,
    savedBy: last?.authorName ?? null,
    savedAt: (last?.createdAt ?? current.updatedAt).toISOString(),
    theirs: articleFormValues(user, current),
    theirAuthors: current.authors,
  };
}

/** A write that threw: a slug race lost to the unique index, or something unexpected. */
export function saveFailure(error: unknown): ActionState {
  // Two saves racing for one slug: the unique index decides, and the loser hears why.
  if (error instanceof Error && /UNIQUE constraint failed: articles\.slug/.test(error.message)) {
    return fieldError("slug", "That slug is already used by another article.");
  }
  console.error("Saving an article failed", error);
  return { ok: false, message: "The article could not be saved. Please try again." };
}
