"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/action-state";
import type { ArticleStatus } from "@/db/schema";
import { slugify } from "@/lib/utils";
import { BylinePicker, type BylineOption } from "./byline-picker";
import { MarkdownEditor } from "./markdown-editor";

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
  commentsOpen: boolean;
  authorIds: number[];
};

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  initial: ArticleFormValues;
  sections: Array<{ id: number; name: string }>;
  bylineOptions: BylineOption[];
  status: ArticleStatus | "new";
  canPublish: boolean;
  /** Outcome of the last save, shown until the next submit answers. */
  notice?: string;
};

/**
 * The article editor. Inputs are controlled so a refused save keeps what was typed (React
 * resets uncontrolled fields after a form action). The slug follows the headline until the
 * writer edits it.
 */
export function ArticleForm({ action, initial, sections, bylineOptions, status, canPublish, notice }: Props) {
  const [state, formAction] = useActionState(action, initialActionState);
  const [values, setValues] = useState(initial);
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
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state.message ? state : { ok: true, message: notice }} />
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
      <BylinePicker options={bylineOptions} initialChecked={initial.authorIds} errors={errors.authorIds} />
      <fieldset className="space-y-4 rounded border border-stone-300 p-4">
        <legend className="px-1 text-sm font-semibold">Hero image</legend>
        <TextField
          name="heroImageUrl"
          label="Hero image URL"
          hint="A path such as /images/photo.jpg or an https:// address."
          value={values.heroImageUrl}
          onChange={set("heroImageUrl")}
          errors={errors.heroImageUrl}
        />
        <TextField
          name="heroImageAlt"
          label="Hero image alt text"
          hint="Required with an image: what it shows."
          value={values.heroImageAlt}
          onChange={set("heroImageAlt")}
          errors={errors.heroImageAlt}
        />
        <TextField
          name="heroImageCaption"
          label="Hero image caption"
          value={values.heroImageCaption}
          onChange={set("heroImageCaption")}
          errors={errors.heroImageCaption}
        />
      </fieldset>
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input
          type="checkbox"
          name="commentsOpen"
          checked={values.commentsOpen}
          onChange={(e) => setValues((v) => ({ ...v, commentsOpen: e.target.checked }))}
        />
        Comments open
      </label>
      <div className="flex flex-wrap items-center gap-3 border-t border-stone-200 pt-4">
        <SubmitButton
          name="intent"
          value="save"
          variant={status === "published" ? "primary" : "secondary"}
          pendingLabel="Saving…"
        >
          {status === "published" ? "Save changes" : "Save draft"}
        </SubmitButton>
        {canPublish && status !== "published" ? (
          <SubmitButton name="intent" value="publish" pendingLabel="Publishing…">
            Publish
          </SubmitButton>
        ) : null}
        {canPublish && status === "published" ? (
          <SubmitButton name="intent" value="unpublish" variant="danger" pendingLabel="Unpublishing…">
            Unpublish
          </SubmitButton>
        ) : null}
        {status === "published" ? (
          <Link href={`/articles/${initial.slug}`} className="text-sm text-brand underline">
            View on site
          </Link>
        ) : null}
      </div>
    </form>
  );
}
