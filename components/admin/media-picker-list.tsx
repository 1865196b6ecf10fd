"use client";

import { useEffect, useState, useTransition } from "react";
import Link from "next/link";
import { listPickerMediaAction } from "@/app/admin/media/actions";
import type { PickerItem } from "@/db/queries/media";
import { thumbnailUrl } from "@/lib/media/urls";

type Props = { selectedId: string; onChoose: (item: PickerItem) => void };

/**
 * The newest library images as buttons. Loaded when the picker opens rather than with the
 * editor, so opening an article never pays for a library it may not need.
 */
export function MediaPickerList({ selectedId, onChoose }: Props) {
  const [items, setItems] = useState<PickerItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, startTransition] = useTransition();

  useEffect(() => {
    startTransition(async () => {
      const result = await listPickerMediaAction();
      if ("items" in result) setItems(result.items);
      else setError(result.message ?? "The library could not be loaded.");
    });
  }, []);

  return (
    <section aria-label="Library images" aria-busy={loading} className="space-y-2">
      <h3 className="font-semibold">Library images</h3>
      <div aria-live="polite">
        {loading && !items ? <p className="text-sm text-muted">Loading the library…</p> : null}
        {error ? <p className="text-sm text-red-700">{error}</p> : null}
        {items && items.length === 0 ? (
          <p className="text-sm text-muted">No images yet: upload the first one above.</p>
        ) : null}
      </div>
      {items && items.length > 0 ? (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {items.map((item) => {
            const selected = selectedId === String(item.id);
            return (
              <li key={item.id}>
                <button
                  type="button"
                  aria-pressed={selected}
                  onClick={() => onChoose(item)}
                  className="block w-full rounded border border-stone-300 bg-white p-1 text-left text-xs hover:border-brand aria-pressed:border-brand aria-pressed:ring-2 aria-pressed:ring-brand"
                >
                  {/* eslint-disable-next-line @next/next/no-img-element -- a library size, already optimised */}
                  <img
                    src={thumbnailUrl(item.storageKey, item.width)}
                    alt=""
                    loading="lazy"
                    className="aspect-video w-full rounded bg-stone-200 object-cover"
                  />
                  <span className="sr-only">Use as hero image: </span>
                  <span className="mt-1 line-clamp-2 block">{item.alt}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className="text-sm">
        <Link href="/admin/media" className="text-brand underline" target="_blank">
          Manage the media library<span className="sr-only"> (opens in a new tab)</span>
        </Link>
      </p>
    </section>
  );
}
