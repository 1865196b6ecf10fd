import { highlightRuns } from "@/lib/moderation-desk/highlight";

/** Comment text with the given words in <mark>; all of it React text, never parsed as HTML. */
export function HighlightedText({ text, words }: { text: string; words: readonly string[] }) {
  return (
    <>
      {highlightRuns(text, words).map((run, i) =>
        run.marked ? (
          <mark key={i} className="rounded bg-amber-200 px-0.5 text-ink">
            {run.text}
          </mark>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}
