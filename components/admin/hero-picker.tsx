"use client";

import { useId, useState } from "react";
import { TextField } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import type { PickerItem } from "@/db/queries/media";
import { libraryImageUrl, parseLibraryImageUrl, thumbnailUrl } from "@/lib/media/urls";
import { MediaPickerList } from "./media-picker-list";
import { MediaUploader } from "./media-uploader";

export type HeroValue = {
  /** The chosen library image's id as posted, or "" for a plain URL or no image. */
  heroMediaId: string;
  heroImageUrl: string;
  heroImageAlt: string;
  heroImageCaption: string;
  /** Shown only: the server always takes the credit from the library image. */
  heroImageCredit: string;
};

type Props = {
  value: HeroValue;
  onChange: (patch: Partial<HeroValue>) => void;
  errors: Record<string, string[] | undefined>;
};

/**
 * The editor's hero block: a library image (chosen here or uploaded on the spot) or, as before,
 * any image address. Alt text and caption start from the library's and may be changed for this
 * article; the credit follows the library.
 */
export function HeroPicker({ value, onChange, errors }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const library = value.heroMediaId !== "" ? parseLibraryImageUrl(value.heroImageUrl) : null;

  function choose(item: PickerItem) {
    onChange({
      heroMediaId: String(item.id),
      heroImageUrl: libraryImageUrl(item.storageKey, item.width),
      heroImageAlt: item.alt,
      heroImageCaption: item.caption,
      heroImageCredit: item.credit,
    });
    setOpen(false);
  }

  function clear() {
    onChange({
      heroMediaId: "",
      heroImageUrl: "",
      heroImageAlt: "",
      heroImageCaption: "",
      heroImageCredit: "",
    });
  }

  const text =
    (key: "heroImageUrl" | "heroImageAlt" | "heroImageCaption") => (e: React.ChangeEvent<HTMLInputElement>) =>
      onChange({ [key]: e.target.value });

  return (
    <fieldset className="space-y-4 rounded border border-stone-300 p-4">
      <legend className="px-1 text-sm font-semibold">Hero image</legend>
      <input type="hidden" name="heroMediaId" value={value.heroMediaId} />
      {library ? (
        <div className="flex flex-wrap items-start gap-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- a library size, already optimised */}
          <img
            src={thumbnailUrl(library.key, library.widths.at(-1)!)}
            alt=""
            className="h-24 w-40 rounded bg-stone-200 object-cover"
          />
          <div className="space-y-2 text-sm">
            <p>
              <span className="font-semibold">Library image chosen.</span>
              {value.heroImageCredit ? (
                <span className="block text-muted">Credit: {value.heroImageCredit}</span>
              ) : null}
            </p>
            <input type="hidden" name="heroImageUrl" value={value.heroImageUrl} />
            <button
              type="button"
              onClick={clear}
              className="rounded border border-stone-400 px-3 py-1 font-semibold hover:bg-stone-100"
            >
              Remove hero image
            </button>
          </div>
        </div>
      ) : (
        <TextField
          name="heroImageUrl"
          label="Hero image URL"
          hint="A path such as /images/photo.jpg or an https:// address, or choose from the library below."
          value={value.heroImageUrl}
          onChange={text("heroImageUrl")}
          errors={errors.heroImageUrl}
        />
      )}
      <FieldError id={`${id}-media-error`} errors={errors.heroMediaId} />
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-library`}
        onClick={() => setOpen((o) => !o)}
        className="rounded border border-stone-400 bg-white px-3 py-1 text-sm font-semibold hover:bg-stone-100"
      >
        {open ? "Close the media library" : "Choose from the media library"}
      </button>
      {open ? (
        <div id={`${id}-library`} className="space-y-4">
          <MediaUploader heading="Upload a new image" onUploaded={choose} />
          <MediaPickerList selectedId={value.heroMediaId} onChoose={choose} />
        </div>
      ) : null}
      <TextField
        name="heroImageAlt"
        label="Hero image alt text"
        hint="Required with an image: what it shows. A library image brings its own; change it here for this article."
        value={value.heroImageAlt}
        onChange={text("heroImageAlt")}
        errors={errors.heroImageAlt}
      />
      <TextField
        name="heroImageCaption"
        label="Hero image caption"
        value={value.heroImageCaption}
        onChange={text("heroImageCaption")}
        errors={errors.heroImageCaption}
      />
    </fieldset>
  );
}
