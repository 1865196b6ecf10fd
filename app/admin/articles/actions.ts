"use server";

import { redirect } from "next/navigation";
import { createArticle, type SavedArticle } from "@/db/queries/article-editor";
import { authorizeAction } from "@/lib/auth/guards";
import type { ArticleSaveState } from "@/lib/editor/save-state";
import { renderMarkdown } from "@/lib/markdown";
import { revalidateArticleSurfaces } from "@/lib/revalidate";
import { effectiveStatus } from "@/lib/workflow";
import { previewBodySchema } from "@/lib/validation/article";
import { prepareArticleSave, saveAgainstVersion, saveFailure } from "./article-submission";

/**
 * Creates (bound id null) or updates an article's content, byline and tags. Status never changes
 * here: moving an article through the workflow is workflow-actions.ts's job. An update must
 * carry the version the form was loaded with; if someone saved since, the writer gets their
 * changes back to merge (a conflict state), never a silent overwrite.
 */
export async function saveArticleAction(
  boundId: number | null,
  _prev: ArticleSaveState,
  formData: FormData,
): Promise<ArticleSaveState> {
  const { user, denied } = await authorizeAction("articles.write");
  if (denied) return denied;

  const prepared = prepareArticleSave(user, boundId, formData);
  if (!prepared.ok) return prepared.state;
  const { existing, write } = prepared;

  let saved: SavedArticle;
  if (existing) {
    const merged = formData.get("merged") === "1";
    const result = saveAgainstVersion(user, existing, write, prepared.version, merged ? "Saved after merging" : "");
    if (!result.ok) return { ...result.state, conflict: result.conflict };
    saved = result.article;
  } else {
    try {
      saved = createArticle({ ...write, createdById: user.id });
    } catch (error) {
      return saveFailure(error);
    }
  }

  // Only what readers can see needs refreshing; a scheduled story is rendered when it goes live.
  if (effectiveStatus(saved.status, saved.publishedAt) === "published") {
    revalidateArticleSurfaces([saved.slug, existing?.slug]);
  }
  redirect(`/admin/articles/${saved.id}/edit?saved=1`);
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
