/**
 * The editor toolbar's text edits, as pure functions: given the textarea's value and selection,
 * each returns the range to replace, the text to put there and what to select afterwards. The
 * component applies it through the browser's own insertText so Ctrl+Z still undoes it.
 */

export type Selection = { value: string; start: number; end: number };

/** Replace `value.slice(from, to)` with `text`, then select `select`. */
export type TextEdit = { from: number; to: number; text: string; select: [number, number] };

export const FORMATS = ["heading", "bold", "italic", "link", "quote", "list", "image"] as const;
export type Format = (typeof FORMATS)[number];

/** The edited value: what the textarea will hold once `edit` is applied. */
export function applyEdit(value: string, edit: TextEdit): string {
  return value.slice(0, edit.from) + edit.text + value.slice(edit.to);
}

/** **bold** or _italic_: wraps the selection, or unwraps it when it is already wrapped. */
function toggleWrap({ value, start, end }: Selection, marker: string, placeholder: string): TextEdit {
  const selected = value.slice(start, end);
  const m = marker.length;
  const before = value.slice(Math.max(0, start - m), start);
  const after = value.slice(end, end + m);
  if (before === marker && after === marker) {
    return { from: start - m, to: end + m, text: selected, select: [start - m, end - m] };
  }
  if (selected.length > 2 * m && selected.startsWith(marker) && selected.endsWith(marker)) {
    const inner = selected.slice(m, -m);
    return { from: start, to: end, text: inner, select: [start, start + inner.length] };
  }
  // Spaces the writer selected by accident stay outside the markers ("**word** ", not "**word **").
  const lead = selected.length - selected.trimStart().length;
  const trail = selected.length - selected.trimEnd().length;
  const core = selected.trim() || placeholder;
  const text = `${selected.slice(0, lead)}${marker}${core}${marker}${selected.slice(selected.length - trail)}`;
  const coreStart = start + lead + m;
  return { from: start, to: end, text, select: [coreStart, coreStart + core.length] };
}

/** Start and end of the whole lines the selection touches. */
function lineRange({ value, start, end }: Selection): [number, number] {
  const from = value.lastIndexOf("\n", start - 1) + 1;
  // A selection ending right after a newline does not include the next line.
  const last = end > start && value[end - 1] === "\n" ? end - 1 : end;
  const newline = value.indexOf("\n", last);
  return [from, newline === -1 ? value.length : newline];
}

/** "## ", "> " or "- " on every selected line; removed again when every line already has it. */
function toggleLinePrefix(sel: Selection, prefix: string, pattern: RegExp): TextEdit {
  const [from, to] = lineRange(sel);
  const lines = sel.value.slice(from, to).split("\n");
  const content = lines.filter((l) => l.trim() !== "");
  const allPrefixed = content.length > 0 && content.every((l) => l.startsWith(prefix));
  const text = lines
    .map((line) => {
      if (allPrefixed) return line.startsWith(prefix) ? line.slice(prefix.length) : line;
      // Replace another block marker rather than stacking ("## > quote" helps no one).
      return line.trim() === "" && lines.length > 1 ? line : prefix + line.replace(pattern, "");
    })
    .join("\n");
  // One line: the caret goes to its end, ready to type; several: they stay selected.
  const select: [number, number] = lines.length === 1 ? [from + text.length, from + text.length] : [from, from + text.length];
  return { from, to, text, select };
}

const BLOCK_MARKER = /^(#{1,6} |> |[-*+] |\d+\. )/;

/** [text](url) or ![alt](url): the selection becomes the text, and the address is selected to type over. */
function insertLinkLike({ value, start, end }: Selection, image: boolean): TextEdit {
  const selected = value.slice(start, end).trim();
  const looksLikeUrl = /^(https?:\/\/|\/)\S*$/i.test(selected);
  const label = looksLikeUrl ? "" : selected;
  const url = looksLikeUrl ? selected : "https://";
  const shown = label || (image ? "Describe the image" : "link text");
  const open = image ? "![" : "[";
  const text = `${open}${shown}](${url})`;
  // With a label, the address is what is left to fill in; without one, the label is.
  const labelStart = start + open.length;
  const urlStart = labelStart + shown.length + 2;
  const select: [number, number] = label
    ? [urlStart, urlStart + url.length]
    : [labelStart, labelStart + shown.length];
  return { from: start, to: end, text, select };
}

export function formatEdit(format: Format, sel: Selection): TextEdit {
  switch (format) {
    case "bold":
      return toggleWrap(sel, "**", "bold text");
    case "italic":
      return toggleWrap(sel, "_", "italic text");
    case "heading":
      return toggleLinePrefix(sel, "## ", BLOCK_MARKER);
    case "quote":
      return toggleLinePrefix(sel, "> ", BLOCK_MARKER);
    case "list":
      return toggleLinePrefix(sel, "- ", BLOCK_MARKER);
    case "link":
      return insertLinkLike(sel, false);
    case "image":
      return insertLinkLike(sel, true);
  }
}
