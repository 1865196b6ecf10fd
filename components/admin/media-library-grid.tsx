import Link from "next/link";
import type { MediaLibraryItem } from "@/db/queries/media";
import { formatDate } from "@/lib/utils";
import { thumbnailUrl } from "@/lib/media/urls";
import { MediaDeleteForm, MediaDetailsForm } from "./media-item-forms";

const FORMAT_LABELS: Record<string, string> = {
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/webp": "WebP",
  "image/avif": "AVIF",
};

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The library as cards; `canManage` says per image whether this user may edit or delete it. */
export function MediaLibraryGrid({
  items,
  canManage,
}: {
  items: MediaLibraryItem[];
  canManage: (item: MediaLibraryItem) => boolean;
}) {
  if (items.length === 0) return <p className="text-muted">No images yet. Upload the first one above.</p>;
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((item) => (
        <li key={item.id}>
          <article
            aria-labelledby={`media-${item.id}-title`}
            className="space-y-3 rounded border border-stone-300 bg-white p-3"
          >
            {/* eslint-disable-next-line @next/next/no-img-element -- a library size, already optimised */}
            <img
              src={thumbnailUrl(item.storageKey, item.width)}
              alt=""
              width={480}
              height={270}
              loading="lazy"
              className="aspect-video w-full rounded bg-stone-200 object-cover"
            />
            <h3 id={`media-${item.id}-title`} className="font-semibold">
              {item.alt}
            </h3>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-muted">Size</dt>
              <dd>
                {item.width} × {item.height} px · {formatBytes(item.bytes)} ·{" "}
                {FORMAT_LABELS[item.mimeType] ?? item.mimeType}
              </dd>
              <dt className="text-muted">Uploaded</dt>
              <dd>
                {formatDate(item.createdAt)} by {item.uploaderName ?? "a former staff member"}
              </dd>
              {item.credit ? (
                <>
                  <dt className="text-muted">Credit</dt>
                  <dd>{item.credit}</dd>
                </>
              ) : null}
              <dt className="text-muted">Used in</dt>
              <dd>
                {item.usedBy.length === 0 ? (
                  "Not used"
                ) : (
                  <ul>
                    {item.usedBy.map((use) => (
                      <li key={use.id}>
                        <Link href={`/admin/articles/${use.id}/edit`} className="text-brand underline">
                          {use.headline}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </dl>
            {canManage(item) ? (
              <>
                <MediaDetailsForm item={item} />
                <MediaDeleteForm item={item} />
              </>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  );
}
