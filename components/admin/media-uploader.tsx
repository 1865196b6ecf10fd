"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { uploadMediaAction, type UploadState } from "@/app/admin/media/actions";
import { FieldError } from "@/components/ui/field-error";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { PickerItem } from "@/db/queries/media";
import { initialActionState } from "@/lib/action-state";
import { ACCEPT_ATTRIBUTE, ACCEPTED_LABEL, MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "@/lib/media/constants";

type Props = {
  /** Called with the stored image, e.g. to choose it as the hero at once. */
  onUploaded?: (item: PickerItem) => void;
  heading?: string;
  /** Re-render the page after an upload (the library grid shows the new image). */
  refresh?: boolean;
};

// No <form> and no `form` owner: the uploader also sits inside the article editor's form, where
// a nested form is invalid HTML and named inputs would be posted (file and all) with the article.
// The inputs point at a form id that does not exist, and the upload is sent on its own.
const DETACHED = "media-uploader-detached";

/** Upload one image with its alt text (required), caption and credit. */
export function MediaUploader({ onUploaded, heading = "Upload an image", refresh = false }: Props) {
  const id = useId();
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [fields, setFields] = useState({ alt: "", caption: "", credit: "" });
  const [state, setState] = useState<UploadState>(initialActionState);
  const [pending, startTransition] = useTransition();
  const errors = state.fieldErrors ?? {};

  const set = (key: keyof typeof fields) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setFields((f) => ({ ...f, [key]: e.target.value }));

  function upload() {
    const file = fileRef.current?.files?.[0];
    // Checked here first so a 40 MB photo is refused at once instead of after the upload.
    if (file && file.size > MAX_UPLOAD_BYTES) {
      setState({
        ok: false,
        message: "The image was not uploaded.",
        fieldErrors: { file: [`The file is larger than ${MAX_UPLOAD_LABEL}.`] },
      });
      return;
    }
    const data = new FormData();
    if (file) data.set("file", file);
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    startTransition(async () => {
      const result = await uploadMediaAction(initialActionState, data);
      setState(result);
      if (result.ok && result.uploaded) {
        setFields({ alt: "", caption: "", credit: "" });
        if (fileRef.current) fileRef.current.value = "";
        onUploaded?.(result.uploaded);
        if (refresh) router.refresh();
      }
    });
  }

  return (
    <div
      role="group"
      aria-labelledby={`${id}-heading`}
      className="space-y-3 rounded border border-stone-300 bg-white p-4"
    >
      <h3 id={`${id}-heading`} className="font-semibold">
        {heading}
      </h3>
      <div>
        <label htmlFor={`${id}-file`} className="block text-sm font-semibold">
          Image file
        </label>
        <p id={`${id}-file-hint`} className="text-sm text-muted">
          {ACCEPTED_LABEL}, up to {MAX_UPLOAD_LABEL}. Camera and location data are removed.
        </p>
        <input
          ref={fileRef}
          id={`${id}-file`}
          type="file"
          accept={ACCEPT_ATTRIBUTE}
          form={DETACHED}
          aria-invalid={errors.file?.length ? true : undefined}
          aria-describedby={`${id}-file-hint ${id}-file-error`}
          className="mt-1 block text-sm"
        />
        <FieldError id={`${id}-file-error`} errors={errors.file} />
      </div>
      <TextField
        id={`${id}-alt`}
        name="alt"
        form={DETACHED}
        label="Alt text"
        hint="Required: what the image shows, for readers who cannot see it."
        value={fields.alt}
        onChange={set("alt")}
        errors={errors.alt}
      />
      <TextField
        id={`${id}-caption`}
        name="caption"
        form={DETACHED}
        label="Caption"
        value={fields.caption}
        onChange={set("caption")}
        errors={errors.caption}
      />
      <TextField
        id={`${id}-credit`}
        name="credit"
        form={DETACHED}
        label="Credit"
        hint="e.g. Photo: Sam Reyes / The Gazette"
        value={fields.credit}
        onChange={set("credit")}
        errors={errors.credit}
      />
      <button
        type="button"
        onClick={upload}
        disabled={pending}
        aria-disabled={pending}
        className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? "Uploading…" : "Upload image"}
      </button>
      <FormMessage state={state} />
    </div>
  );
}
