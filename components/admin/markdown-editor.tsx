"use client";

import { useDeferredValue, useLayoutEffect, useRef } from "react";
import { FieldError } from "@/components/ui/field-error";
import { applyEdit, formatEdit, type Format } from "@/lib/editor/markdown-format";
import { formatTextStats, wordCount } from "@/lib/text-stats";
import { MarkdownPreview } from "./markdown-preview";
import { MarkdownToolbar, SHORTCUTS } from "./markdown-toolbar";

/**
 * The body: a Markdown textarea with a formatting toolbar and shortcuts, and beside it (below
 * it on narrow screens) a live preview rendered by the server exactly as readers will get it.
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
  const textarea = useRef<HTMLTextAreaElement>(null);
  const pendingSelection = useRef<[number, number] | null>(null);
  // Counting words on every keystroke of a long story must not make typing lag.
  const deferred = useDeferredValue(value);
  const stats = formatTextStats(wordCount(deferred));

  // When the browser could not insert the text itself, React re-renders with the new value and
  // moves the caret to the end; put the intended selection back after that render.
  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    if (selection && textarea.current) textarea.current.setSelectionRange(...selection);
    pendingSelection.current = null;
  }, [value]);

  function format(kind: Format) {
    const el = textarea.current;
    if (!el) return;
    const edit = formatEdit(kind, { value: el.value, start: el.selectionStart, end: el.selectionEnd });
    el.focus();
    el.setSelectionRange(edit.from, edit.to);
    // insertText goes through the browser's editing stack, so Ctrl+Z undoes a toolbar change
    // like any typing. It fires an input event, which reaches onChange as usual.
    const inserted =
      edit.text === "" ? edit.from === edit.to || document.execCommand("delete") : document.execCommand("insertText", false, edit.text);
    if (inserted && el.value === applyEdit(value, edit)) {
      el.setSelectionRange(...edit.select);
    } else {
      pendingSelection.current = edit.select;
      onChange(applyEdit(value, edit));
    }
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
    const kind = SHORTCUTS.get(e.key.toLowerCase());
    if (!kind) return;
    e.preventDefault();
    format(kind);
  }

  return (
    <div>
      <label htmlFor="field-body" className="block text-sm font-semibold">
        Body
      </label>
      <p id="field-body-hint" className="text-sm text-muted">
        Markdown: ## subheading, **bold**, _italic_, [link](https://…), &gt; quote, - list. Shortcuts: Ctrl or ⌘ with B, I,
        K.
      </p>
      <div className="mt-1 grid gap-4 lg:grid-cols-2">
        <div>
          <MarkdownToolbar onFormat={format} controls="field-body" />
          <textarea
            ref={textarea}
            id="field-body"
            name="body"
            rows={22}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={onKeyDown}
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby="field-body-hint field-body-stats field-body-error"
            className="block w-full rounded-b border border-stone-400 bg-white px-3 py-2 font-mono text-sm leading-relaxed"
          />
          <p id="field-body-stats" className="mt-1 text-sm text-muted">
            {stats}
          </p>
        </div>
        <MarkdownPreview source={value} />
      </div>
      <FieldError id="field-body-error" errors={errors} />
    </div>
  );
}
