"use client";

import Link from "next/link";
import { useState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ArticleStatus } from "@/db/schema";
import type { ArticleSaveState } from "@/lib/editor/save-state";
import { COMMENT_MODERATION_OPTIONS } from "@/lib/moderation/modes";
import { slugify } from "@/lib/utils";
import { BylinePicker, type BylineOption } from "./byline-picker";
import { ConflictPanel } from "./conflict-panel";
import { BackupOffer, PresenceNotice } from "./editor-notices";
import { HeroPicker } from "./hero-picker";
import { MarkdownEditor } from "./markdown-editor";
import { SaveStatus } from "./save-status";
import { SeoFields } from "./seo-fields";
import { useEditorSession } from "./use-editor-session";

export type ArticleFormValues = {
  headline: string;
  slug: string;
  dek: string;
  body: string;
  sectionId: string;
  tags: string;
  heroImageUrl: string;
  heroImageAlt: string;
  heroImageCaption: string;
  /** The chosen library image ("" for none) and its credit, shown by the hero picker. */
  heroMediaId: string;
  heroImageCredit: string;
  commentsOpen: boolean;
  /** default | open | pre | post. */
  commentModeration: string;
  seoTitle: string;
  seoDescription: string;
  authorIds: number[];
};

type Props = {
  action: (prev: ArticleSaveState, formData: FormData) => Promise<ArticleSaveState>;
  initial: ArticleFormValues;
  sections: Array<{ id: number; name: string }>;
  bylineOptions: BylineOption[];
  status: ArticleStatus | "new";
  /** Outcome of the last save, shown until the next submit answers. */
  notice?: string;
  /** An existing article: its id, the version loaded and when it was saved (ISO). */
  article?: { id: number; version: number; savedAt: string };
};

/**
 * The article editor. Inputs are controlled so a refused save keeps what was typed (React
 * resets uncontrolled fields after a form action). The slug follows the headline until the
 * writer edits it.
 */
export function ArticleForm({ action, initial, sections, bylineOptions, status, notice, article }: Props) {
  // Only work in progress autosaves: a live story must never change without someone pressing Save.
  const autosave = Boolean(article) && (status === "draft" || status === "review");
  const {
    form,
    state,
    formAction,
    values,
    setValues,
    version,
    byline,
    conflict,
    choose,
    edited,
    backupOffer,
    restoreBackup,
    dismissBackup,
    autosaveStatus,
    others,
  } = useEditorSession({ action, initial, bylineOptions, article: article && { ...article, autosave } });
  const [slugEdited, setSlugEdited] = useState(initial.slug !== "");
  const errors = state.fieldErrors ?? {};

  function set<K extends keyof ArticleFormValues>(key: K) {
    return (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setValues((v) => ({ ...v, [key]: e.target.value }));
  }

  function setHeadline(e: React.ChangeEvent<HTMLInputElement>) {
    const headline = e.target.value;
    setValues((v) => ({ ...v, headline, slug: slugEdited ? v.slug : slugify(headline) }));
  }

  function setSlug(e: React.ChangeEvent<HTMLInputElement>) {
    // Clearing the slug hands it back to the headline.
    setSlugEdited(e.target.value !== "");
    setValues((v) => ({ ...v, slug: e.target.value }));
  }

  const sectionOptions = [
    { value: "", label: "Choose a section" },
    ...sections.map((s) => ({ value: String(s.id), label: s.name })),
  ];

  return (
    <form ref={form} action={formAction} onChange={edited} className="space-y-5" noValidate>
      <input type="hidden" name="version" value={version || ""} />
      {conflict ? <input type="hidden" name="merged" value="1" /> : null}
      <FormMessage state={state.message ? state : { ok: true, message: notice }} />
      {backupOffer ? (
        <BackupOffer offer={backupOffer} onRestore={restoreBackup} onDiscard={dismissBackup} />
      ) : null}
      <PresenceNotice names={others} />
      {conflict ? (
        <ConflictPanel
          view={conflict}
          names={{
            section: (id) => sections.find((s) => String(s.id) === id)?.name ?? "(none)",
            author: (id) => byline.options.find((o) => o.id === id)?.name ?? `#${id}`,
          }}
          onChoose={choose}
        />
      ) : null}
      <TextField
        name="headline"
        label="Headline"
        value={values.headline}
        onChange={setHeadline}
        errors={errors.headline}
        required
      />
      <TextField
        name="slug"
        label="Slug"
        hint="The article's address: /articles/your-slug. Follows the headline until you change it."
        value={values.slug}
        onChange={setSlug}
        errors={errors.slug}
      />
      <TextAreaField
        name="dek"
        label="Dek"
        hint="One or two sentences under the headline."
        rows={2}
        value={values.dek}
        onChange={set("dek")}
        errors={errors.dek}
      />
      <MarkdownEditor
        value={values.body}
        onChange={(body) => setValues((v) => ({ ...v, body }))}
        errors={errors.body}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="sectionId"
          label="Section"
          options={sectionOptions}
          value={values.sectionId}
          onChange={set("sectionId")}
          errors={errors.sectionId}
        />
        <TextField
          name="tags"
          label="Tags"
          hint="Separated by commas, e.g. Flooding, City council."
          value={values.tags}
          onChange={set("tags")}
          errors={errors.tags}
        />
      </div>
      <BylinePicker
        key={byline.key}
        options={byline.options}
        initialChecked={byline.checked}
        errors={errors.authorIds}
      />
      <HeroPicker value={values} onChange={(hero) => setValues((v) => ({ ...v, ...hero }))} errors={errors} />
      <SeoFields
        title={values.seoTitle}
        description={values.seoDescription}
        fallbackTitle={values.headline}
        fallbackDescription={values.dek}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        errors={errors}
      />
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input
          type="checkbox"
          name="commentsOpen"
          checked={values.commentsOpen}
          onChange={(e) => setValues((v) => ({ ...v, commentsOpen: e.target.checked }))}
        />
        Comments open
      </label>
      <SelectField
        id="article-comment-moderation"
        name="commentModeration"
        label="Comment moderation"
        value={values.commentModeration}
        onChange={(e) => setValues((v) => ({ ...v, commentModeration: e.target.value }))}
        options={COMMENT_MODERATION_OPTIONS}
        errors={errors.commentModeration}
      />
      {/* Stays in view while scrolling a long body: the Save button and its status. */}
      <div className="sticky bottom-0 z-10 flex flex-wrap items-center gap-3 border-t border-stone-200 bg-stone-50 py-3">
        <SubmitButton
          name="intent"
          value="save"
          variant="primary"
          pendingLabel="Saving…"
        >
          {status === "new" || status === "draft" ? "Save draft" : "Save changes"}
        </SubmitButton>
        {article ? <SaveStatus status={autosaveStatus} autosave={autosave} /> : null}
        {status === "published" ? (
          <Link href={`/articles/${initial.slug}`} className="text-sm text-brand underline">
            View on site
          </Link>
        ) : null}
      </div>
    </form>
  );
}
