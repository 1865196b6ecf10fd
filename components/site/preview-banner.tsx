/** Tells whoever holds a preview link that this story is not public yet. */
export function PreviewBanner() {
  return (
    <div
      role="region"
      aria-label="Preview"
      className="border-b-2 border-amber-600 bg-amber-100 text-amber-950"
    >
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm">
        <strong>Preview — not published.</strong> This is how the story will look to readers. The link stops
        working when the story is published or the link is revoked.
      </p>
    </div>
  );
}
