"use client";

import { TextAreaField, TextField } from "@/components/ui/field";
import { SEO_DESCRIPTION_MAX, SEO_TITLE_MAX } from "@/lib/validation/article";

/** Search results cut titles at about 60 characters and descriptions at about 155. */
const SUGGESTED = { title: 60, description: 155 };

function count(value: string, suggested: number): string {
  const n = value.trim().length;
  return n > suggested ? `${n} characters: search results may cut it short after ${suggested}.` : `${n} of about ${suggested} characters.`;
}

/** Optional overrides of the page title and description that search engines and sharing show. */
export function SeoFields({
  title,
  description,
  fallbackTitle,
  fallbackDescription,
  onChange,
  errors,
}: {
  title: string;
  description: string;
  fallbackTitle: string;
  fallbackDescription: string;
  onChange: (patch: { seoTitle?: string; seoDescription?: string }) => void;
  errors: Record<string, string[] | undefined>;
}) {
  return (
    <fieldset className="space-y-4 rounded border border-stone-300 p-4">
      <legend className="px-1 text-sm font-semibold">Search and sharing</legend>
      <TextField
        name="seoTitle"
        label="SEO title"
        hint={`Optional. Empty uses the headline${fallbackTitle ? ` (“${fallbackTitle}”)` : ""}. ${count(title || fallbackTitle, SUGGESTED.title)}`}
        maxLength={SEO_TITLE_MAX}
        value={title}
        onChange={(e) => onChange({ seoTitle: e.target.value })}
        errors={errors.seoTitle}
      />
      <TextAreaField
        name="seoDescription"
        label="SEO description"
        hint={`Optional. Empty uses the dek${fallbackDescription ? "" : " (empty too at the moment)"}. ${count(description || fallbackDescription, SUGGESTED.description)}`}
        rows={2}
        maxLength={SEO_DESCRIPTION_MAX}
        value={description}
        onChange={(e) => onChange({ seoDescription: e.target.value })}
        errors={errors.seoDescription}
      />
    </fieldset>
  );
}
