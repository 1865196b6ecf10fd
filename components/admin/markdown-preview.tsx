"use client";

import { useEffect, useRef, useState } from "react";
import { previewMarkdownAction } from "@/app/admin/articles/actions";

const DEBOUNCE_MS = 400;

type Rendered = { html: string } | { message: string } | null;

/**
 * The body as readers will see it, rendered and sanitised on the server by the same
 * renderMarkdown as the public page, a moment after typing stops. Answers that arrive out of
 * order are dropped, so the preview never jumps back to older text.
 */
export function MarkdownPreview({ source }: { source: string }) {
  const [rendered, setRendered] = useState<Rendered>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    const timer = setTimeout(
      async () => {
        setBusy(true);
        try {
          const result = await previewMarkdownAction(source);
          if (request !== latest.current) return;
          setRendered(result.ok ? { html: result.html } : { message: result.message });
        } catch {
          if (request === latest.current) setRendered({ message: "The preview could not be loaded. It will try again as you type." });
        } finally {
          if (request === latest.current) setBusy(false);
        }
      },
      // The first render is immediate; later ones wait for a pause in typing.
      request === 1 ? 0 : DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [source]);

  return (
    <section
      aria-label="Body preview"
      aria-busy={busy}
      className="min-h-64 overflow-auto rounded border border-stone-300 bg-white p-4 lg:max-h-[40rem]"
    >
      {rendered === null ? (
        <p className="text-muted">Rendering preview…</p>
      ) : "html" in rendered ? (
        rendered.html ? (
          // renderMarkdown output, sanitised on the server: the only HTML we put in the page.
          <div className="prose max-w-none font-serif" dangerouslySetInnerHTML={{ __html: rendered.html }} />
        ) : (
          <p className="text-muted">Nothing to preview yet.</p>
        )
      ) : (
        <p className="text-red-700">{rendered.message}</p>
      )}
    </section>
  );
}
