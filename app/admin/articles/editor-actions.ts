"use server";

import { getArticleForEdit } from "@/db/queries/article-editor";
import { listOtherEditors, touchPresence } from "@/db/queries/presence";
import { authorizeAction } from "@/lib/auth/guards";
import { canEditArticle } from "@/lib/auth/permissions";
import type { AutosaveResult } from "@/lib/editor/save-state";
import { idSchema } from "@/lib/validation/article";
import { prepareArticleSave, saveAgainstVersion } from "./article-submission";

// The editor's background calls: autosave and the presence heartbeat. Neither revalidates or
// redirects, so neither re-renders the page under the writer's cursor.

/** Only work in progress is autosaved: a live or scheduled story changes when someone presses Save. */
const AUTOSAVE_STATUSES: ReadonlySet<string> = new Set(["draft", "review"]);

export async function autosaveArticleAction(boundId: unknown, formData: FormData): Promise<AutosaveResult> {
  const { user, denied } = await authorizeAction("articles.write");
  if (denied) return { ok: false, message: denied.message, stop: true };
  const id = idSchema.safeParse(boundId);
  if (!id.success) return { ok: false, message: "That article does not exist.", stop: true };

  const prepared = prepareArticleSave(user, id.data, formData);
  if (!prepared.ok) {
    // An invalid field is the writer's to fix in their own time; autosave tries again later.
    const firstFieldError = Object.values(prepared.state.fieldErrors ?? {}).flat()[0];
    if (firstFieldError) return { ok: false, message: `Not autosaved yet: ${firstFieldError}` };
    return { ok: false, message: prepared.state.message ?? "Autosave stopped.", stop: true };
  }
  if (!prepared.existing) return { ok: false, message: "Save the article once before autosave can help.", stop: true };
  if (!AUTOSAVE_STATUSES.has(prepared.existing.status)) {
    return { ok: false, message: "Autosave is off: this story is no longer a draft. Press Save changes when ready.", stop: true };
  }

  const result = saveAgainstVersion(user, prepared.existing, prepared.write, prepared.version, "Autosave");
  if (!result.ok) {
    return { ok: false, message: result.state.message ?? "Not autosaved.", conflict: result.conflict, stop: Boolean(result.conflict) };
  }
  return { ok: true, version: result.article.version, savedAt: new Date().toISOString() };
}

export type PresenceResult = { ok: true; others: string[] } | { ok: false };

/** "I still have this article open": records it and answers with who else does. */
export async function presenceHeartbeatAction(boundId: unknown): Promise<PresenceResult> {
  const { user, denied } = await authorizeAction("articles.write");
  if (denied) return { ok: false };
  const id = idSchema.safeParse(boundId);
  if (!id.success) return { ok: false };
  const article = getArticleForEdit(id.data);
  if (!article || !canEditArticle(user, article)) return { ok: false };
  touchPresence(article.id, user.id);
  return { ok: true, others: listOtherEditors(article.id, user.id).map((u) => u.name) };
}
