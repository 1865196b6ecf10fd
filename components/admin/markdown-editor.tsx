"use client";

import { useState, useTransition } from "react";
import { previewMarkdownAction } from "@/app/admin/articles/actions";
import { FieldError } from "@/components/ui/field-error";
import { cn } from "@/lib/utils";

const tabClass = "rounded-t border border-b-0 px-3 py-1 text-sm font-semibold";

/**
 * The body textarea with a Write/Preview switch. The preview is rendered and sanitised on the
 * server, exactly as readers will get it; the textarea stays in the form while hidden.
 */
export function MarkdownEditor({
  value,
  onChange,
  errors,
}: {
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
}) {
  const [mode, setMode] = useState<"write" | "preview">("write");
  const [preview, setPreview] = useState<{ html: string } | { message: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function showPreview() {
    setMode("preview");
    startTransition(async () => {
      const result = await previewMarkdownAction(value);
      setPreview(result.ok ? { html: result.html } : { message: result.message });
    });
  }

  return (
    <div>
      <div className="flex items-end justify-between">
        <label htmlFor="field-body" className="block text-sm font-semibold">
          Body
        </label>
        <div role="tablist" aria-label="Body view" className="flex gap-1">
          <button
            type="button"
            role="tab"
            aria-selected={mode === "write"}
            aria-controls="body-write"
            className={cn(tabClass, mode === "write" ? "bg-white" : "bg-stone-100 text-muted")}
            onClick={() => setMode("write")}
          >
            Write
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={mode === "preview"}
            aria-controls="body-preview"
            className={cn(tabClass, mode === "preview" ? "bg-white" : "bg-stone-100 text-muted")}
            onClick={showPreview}
          >
            Preview
          </button>
        </div>
      </div>
      <p id="field-body-hint" className="text-sm text-muted">
        Markdown: ## for a subheading, **bold**, [link](https://…), - for a list.
      </p>
      <div id="body-write" role="tabpanel" hidden={mode !== "write"}>
        <textarea
          id="field-body"
          name="body"
          rows={18}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby="field-body-hint field-body-error"
          className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 font-mono text-sm"
        />
      </div>
      <div
        id="body-preview"
        role="tabpanel"
        aria-label="Preview"
        aria-busy={pending}
        hidden={mode !== "preview"}
        className="mt-1 min-h-40 rounded border border-stone-300 p-4"
      >
        {pending || !preview ? (
          <p className="text-muted">Rendering preview…</p>
        ) : "html" in preview ? (
          // renderMarkdown output, sanitised on the server: the only HTML we put in the page.
          <div className="prose max-w-none font-serif" dangerouslySetInnerHTML={{ __html: preview.html }} />
        ) : (
          <p className="text-red-700">{preview.message}</p>
        )}
      </div>
      <FieldError id="field-body-error" errors={errors} />
    </div>
  );
}
