import type { Metadata } from "next";
import { DeskPagination } from "@/components/admin/desk-pagination";
import { MediaLibraryGrid } from "@/components/admin/media-library-grid";
import { MediaUploader } from "@/components/admin/media-uploader";
import { FormMessage } from "@/components/ui/form-message";
import { countMedia, listMediaLibrary, MEDIA_PAGE_SIZE } from "@/db/queries/media";
import { requirePagePermission } from "@/lib/auth/guards";
import { canManageMedia } from "@/lib/auth/permissions";
import { mediaPageSchema } from "@/lib/validation/media";

export const metadata: Metadata = { title: "Media" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MediaPage({ searchParams }: Props) {
  const user = await requirePagePermission("media.upload", "/admin/media");
  const query = await searchParams;
  const pageCount = Math.max(1, Math.ceil(countMedia() / MEDIA_PAGE_SIZE));
  const page = Math.min(mediaPageSchema.parse(query.page), pageCount);
  const items = listMediaLibrary(page);
  const deleted = query.deleted === "1";

  return (
    <div className="space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-bold">Media</h1>
        <p className="mt-2 max-w-2xl text-muted">
          Images for articles. Each upload is resized for phones, tablets and desktops. An image an article
          uses cannot be deleted until that article uses another.
        </p>
      </div>
      <FormMessage state={{ ok: true, message: deleted ? "Image deleted." : undefined }} />
      <section aria-labelledby="media-upload-heading" className="max-w-xl">
        <h2 id="media-upload-heading" className="sr-only">
          Upload
        </h2>
        <MediaUploader refresh />
      </section>
      <section aria-labelledby="media-library-heading">
        <h2 id="media-library-heading" className="text-xl font-semibold">
          Library
        </h2>
        <div className="mt-4">
          <MediaLibraryGrid items={items} canManage={(item) => canManageMedia(user, item)} />
        </div>
        <DeskPagination basePath="/admin/media" params={{}} page={page} pageCount={pageCount} />
      </section>
    </div>
  );
}
