"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordAudit } from "@/db/queries/audit";
import {
  deleteMediaIfUnused,
  getMedia,
  insertMedia,
  listMediaForPicker,
  updateMediaDetails,
  type MediaUse,
  type PickerItem,
} from "@/db/queries/media";
import { formFields, invalid, type ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { canManageMedia } from "@/lib/auth/permissions";
import { MediaError } from "@/lib/media/errors";
import { processImage } from "@/lib/media/process";
import { newStorageKey, removeMediaFiles, writeMediaFiles } from "@/lib/media/storage";
import {
  mediaDetailsSchema,
  mediaIdSchema,
  mediaUpdateSchema,
  uploadFileSchema,
} from "@/lib/validation/media";

export type UploadState = ActionState & { uploaded?: PickerItem };

const FIX_FIELDS = "Please correct the highlighted fields.";
const NOT_UPLOADED = "The image was not uploaded.";

/**
 * Uploads one image: the real type is read from its bytes, metadata is stripped and every size
 * rendered before anything is stored. Nothing public changes until an article uses the image.
 */
export async function uploadMediaAction(_prev: ActionState, formData: FormData): Promise<UploadState> {
  const { user, denied } = await authorizeAction("media.upload");
  if (denied) return denied;
  const details = mediaDetailsSchema.safeParse(formFields(formData));
  const file = uploadFileSchema.safeParse(formData.get("file"));
  if (!details.success || !file.success) {
    const fieldErrors = details.success ? {} : (invalid(details.error).fieldErrors ?? {});
    if (!file.success)
      fieldErrors.file = [file.error.issues[0]?.message ?? "Choose an image file to upload."];
    return { ok: false, message: FIX_FIELDS, fieldErrors };
  }

  let image;
  try {
    image = await processImage(Buffer.from(await file.data.arrayBuffer()));
  } catch (error) {
    if (error instanceof MediaError)
      return { ok: false, message: NOT_UPLOADED, fieldErrors: { file: [error.message] } };
    throw error;
  }

  const storageKey = newStorageKey();
  try {
    await writeMediaFiles(storageKey, image);
    const item = insertMedia({
      storageKey,
      originalName: file.data.name.slice(0, 200) || "upload",
      mimeType: image.mimeType,
      width: image.width,
      height: image.height,
      bytes: file.data.size,
      uploadedById: user.id,
      ...details.data,
    });
    const { id, width, height, alt, caption, credit } = item;
    return {
      ok: true,
      message: `Uploaded “${alt}”.`,
      uploaded: { id, storageKey, width, height, alt, caption, credit },
    };
  } catch (error) {
    console.error("Storing an upload failed", error);
    await removeMediaFiles(storageKey).catch(() => undefined);
    return { ok: false, message: "The image could not be stored. Please try again." };
  }
}

/** The newest library images, for the article editor's hero picker. */
export async function listPickerMediaAction(): Promise<{ ok: true; items: PickerItem[] } | ActionState> {
  const { denied } = await authorizeAction("articles.write");
  if (denied) return denied;
  return { ok: true, items: listMediaForPicker() };
}

/** Saves alt, caption and credit; a new credit shows on every article using the image. */
export async function updateMediaAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("media.upload");
  if (denied) return denied;
  const parsed = mediaUpdateSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { id, ...details } = parsed.data;
  const item = getMedia(id);
  if (!item) return { ok: false, message: "That image no longer exists." };
  if (!canManageMedia(user, item)) return { ok: false, message: "You can only edit images you uploaded." };

  const result = updateMediaDetails(id, details);
  if (!result) return { ok: false, message: "That image no longer exists." };
  for (const slug of result.slugs) revalidatePath(`/articles/${slug}`);
  revalidatePath("/admin/media");
  return { ok: true, message: "Saved." };
}

function namesOf(uses: MediaUse[]): string {
  const names = uses.slice(0, 5).map((u) => `“${u.headline}”`);
  if (uses.length > 5) names.push(`${uses.length - 5} more`);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0]!;
}

/** Deletes an unused image and its files; an image an article uses stays, and says where. */
export async function deleteMediaAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("media.upload");
  if (denied) return denied;
  const id = mediaIdSchema.safeParse(formData.get("id"));
  if (!id.success) return { ok: false, message: "That image does not exist." };
  const item = getMedia(id.data);
  if (!item) return { ok: false, message: "That image no longer exists." };
  if (!canManageMedia(user, item)) return { ok: false, message: "You can only delete images you uploaded." };

  const result = deleteMediaIfUnused(item.id);
  if (!result.ok) {
    if (result.reason === "missing") return { ok: false, message: "That image no longer exists." };
    return {
      ok: false,
      message: `This image cannot be deleted: it is used by ${namesOf(result.usedBy)}. Choose another image there first.`,
    };
  }
  // The row is gone, so nothing links to the files any more; a leftover file is only disk space.
  await removeMediaFiles(item.storageKey).catch((error) =>
    console.error("Removing media files failed", error),
  );
  recordAudit({
    actorId: user.id,
    action: "media.delete",
    targetType: "media",
    targetId: item.id,
    summary: `Deleted image “${item.alt}” (${item.originalName})`,
  });
  revalidatePath("/admin/media");
  // The card and its message go with the image, so the notice lives on the page instead.
  redirect("/admin/media?deleted=1");
}
