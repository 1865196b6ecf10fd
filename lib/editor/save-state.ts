import type { ArticleFormValues } from "@/components/admin/article-form";
import type { ActionState } from "@/lib/action-state";

/**
 * What a refused save hands back to the editor: the article as it is stored now, who stored it
 * and its version, so the writer can merge field by field and save against that version.
 */
export type SaveConflict = {
  version: number;
  savedBy: string | null;
  /** ISO time of the save that won. */
  savedAt: string;
  theirs: ArticleFormValues;
  /** Names for `theirs.authorIds`, which may include people the writer's byline list lacks. */
  theirAuthors: Array<{ id: number; name: string }>;
};

export type ArticleSaveState = ActionState & { conflict?: SaveConflict };

export type AutosaveResult =
  | { ok: true; version: number; savedAt: string }
  /** `stop`: autosave cannot go on for this page (the article went live, or was locked). */
  | { ok: false; message: string; conflict?: SaveConflict; stop?: boolean };
