"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import {
  createArticle,
  getArticleForEdit,
  isSlugTaken,
  listBylineCandidates,
  updateArticle,
  type ArticleForEdit,
  type SavedArticle,
} from "@/db/queries/article-editor";
import { getSectionById } from "@/db/queries/sections";
import type { ArticleStatus } from "@/db/schema";
import { formFields, invalid, type ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { can, canEditArticle } from "@/lib/auth/permissions";
import { renderMarkdown } from "@/lib/markdown";
import { revalidateArticleSurfaces } from "@/lib/revalidate";
import { slugify } from "@/lib/utils";
import { articleInputSchema, authorIdsSchema, idSchema, previewBodySchema } from "@/lib/validation/article";

const boundIdSchema = z.union([z.null(), idSchema]);

function fieldError(field: string, message: string): ActionState {
  return {
    ok: false,
    message: "Please correct the highlighted fields.",
    fieldErrors: { [field]: [message] },
  };
}

/**
 * Creates (bound id null) or updates an article, with its byline and tags. `intent` says
 * whether to keep the status (save), publish or unpublish; only publishers may do the latter two.
 */
export async function saveArticleAction(
  boundId: number | null,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const { user, denied } = await authorizeAction("articles.write");
  if (denied) return denied;

  const id = boundIdSchema.safeParse(boundId);
  if (!id.success) return { ok: false, message: "That article does not exist." };
  // Checked before anything else so a crafted request from an author never gets further.
  const intents = formData.getAll("intent");
  if ((intents.includes("publish") || intents.includes("unpublish")) && !can(user.role, "articles.publish")) {
    return { ok: false, message: "You do not have permission to publish." };
  }

  const parsed = articleInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  const byline = authorIdsSchema.safeParse(formData.getAll("authorIds"));
  if (!byline.success)
    return fieldError("authorIds", byline.error.issues[0]?.message ?? "Choose the authors.");

  let existing: ArticleForEdit | undefined;
  if (id.data !== null) {
    existing = getArticleForEdit(id.data);
    if (!existing) return { ok: false, message: "That article no longer exists." };
    if (!canEditArticle(user, existing))
      return { ok: false, message: "You do not have permission to edit this article." };
  }
  if (input.intent === "unpublish" && existing?.status !== "published") {
    return { ok: false, message: "Only a published article can be unpublished." };
  }

  if (!getSectionById(input.sectionId)) return fieldError("sectionId", "Choose a section.");
  const slug = input.slug || slugify(input.headline);
  if (!slug)
    return fieldError("slug", "Enter a slug: the headline has no letters or numbers to make one from.");
  if (isSlugTaken(slug, existing?.id))
    return fieldError("slug", "That slug is already used by another article.");

  // Editors may name any writer; an author only themselves and whoever is already on the byline.
  const current = existing?.authorIds ?? [];
  const allowed = can(user.role, "articles.editAny")
    ? new Set([...listBylineCandidates().map((c) => c.id), ...current])
    : new Set([user.id, ...current]);
  if (byline.data.some((authorId) => !allowed.has(authorId))) {
    return fieldError("authorIds", "You cannot add that person to the byline.");
  }

  const status: ArticleStatus =
    input.intent === "publish"
      ? "published"
      : input.intent === "unpublish"
        ? "draft"
        : (existing?.status ?? "draft");
  const write = {
    slug,
    headline: input.headline,
    dek: input.dek,
    body: input.body,
    sectionId: input.sectionId,
    heroImageUrl: input.heroImageUrl,
    heroImageAlt: input.heroImageUrl ? input.heroImageAlt : "",
    heroImageCaption: input.heroImageUrl ? input.heroImageCaption : "",
    commentsOpen: input.commentsOpen,
    status,
    tagNames: input.tags,
    authorIds: byline.data,
  };

  let saved: SavedArticle | undefined;
  try {
    saved = existing ? updateArticle(existing.id, write) : createArticle({ ...write, createdById: user.id });
  } catch (error) {
    // Two saves racing for one slug: the unique index decides, and the loser hears why.
    if (error instanceof Error && /UNIQUE constraint failed: articles\.slug/.test(error.message)) {
      return fieldError("slug", "That slug is already used by another article.");
    }
    console.error("Saving an article failed", error);
    return { ok: false, message: "The article could not be saved. Please try again." };
  }
  if (!saved) return { ok: false, message: "That article no longer exists." };

  if (saved.status === "published" || existing?.status === "published") {
    revalidateArticleSurfaces([saved.slug, existing?.slug]);
  }
  const flag =
    input.intent === "publish" ? "published" : input.intent === "unpublish" ? "unpublished" : "saved";
  redirect(`/admin/articles/${saved.id}/edit?${flag}=1`);
}

export type PreviewResult = { ok: true; html: string } | { ok: false; message: string };

/** Sanitised HTML of a Markdown body, for the editor's Preview tab. */
export async function previewMarkdownAction(body: unknown): Promise<PreviewResult> {
  const { denied } = await authorizeAction("articles.write");
  if (denied) return denied;
  const parsed = previewBodySchema.safeParse(body);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "The body cannot be previewed." };
  return { ok: true, html: renderMarkdown(parsed.data) };
}
