import { collapseUnchanged, type DiffPart } from "@/lib/text-diff";
import { cn } from "@/lib/utils";

/**
 * A diff as escaped text: additions in <ins>, removals in <del>, each with a word for screen
 * readers (which do not announce the elements). React escapes every part, so a diff of
 * Markdown or HTML source shows that source and never runs it.
 */
export function TextDiff({ parts, long = false, className }: { parts: DiffPart[]; long?: boolean; className?: string }) {
  const shown = long ? collapseUnchanged(parts) : parts;
  return (
    <div className={cn("whitespace-pre-wrap break-words", long && "font-mono text-sm leading-relaxed", className)}>
      {shown.map((part, i) =>
        part.kind === "gap" ? (
          <span key={i} className="my-1 block text-center text-xs text-muted">
            … {part.lines} unchanged {part.lines === 1 ? "line" : "lines"} …
          </span>
        ) : part.kind === "added" ? (
          <ins key={i} className="bg-green-100 text-green-950 no-underline decoration-green-700 [text-decoration-line:underline]">
            <span className="sr-only">[added: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : part.kind === "removed" ? (
          <del key={i} className="bg-red-100 text-red-950">
            <span className="sr-only">[removed: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </div>
  );
}

/** The key to the colours, once per page. */
export function DiffLegend() {
  return (
    <p className="text-sm text-muted">
      <del className="bg-red-100 px-1 text-red-950">Removed</del> <ins className="bg-green-100 px-1 text-green-950">added</ins>
    </p>
  );
}
