import "server-only";
import { getMedia } from "@/db/queries/media";
import { libraryImageUrl } from "@/lib/media/urls";

export type HeroWrite = {
  heroMediaId: number | null;
  heroImageUrl: string | null;
  heroImageAlt: string;
  heroImageCaption: string;
  heroImageCredit: string;
};

type HeroInput = Pick<HeroWrite, "heroMediaId" | "heroImageUrl" | "heroImageAlt" | "heroImageCaption">;

/**
 * The hero columns to save. A library image decides the address (whatever was posted) and the
 * credit, and fills alt text, and the caption when newly chosen, from the library unless the
 * writer typed their own. Without one, the typed address is used as before.
 */
export function resolveHero(
  input: HeroInput,
  existing?: { heroMediaId: number | null },
): { hero: HeroWrite } | { error: string } {
  if (input.heroMediaId === null) {
    const url = input.heroImageUrl;
    return {
      hero: {
        heroMediaId: null,
        heroImageUrl: url,
        heroImageAlt: url ? input.heroImageAlt : "",
        heroImageCaption: url ? input.heroImageCaption : "",
        heroImageCredit: "",
      },
    };
  }
  const item = getMedia(input.heroMediaId);
  if (!item) return { error: "That library image no longer exists. Choose another one." };
  const newlyChosen = existing?.heroMediaId !== item.id;
  return {
    hero: {
      heroMediaId: item.id,
      heroImageUrl: libraryImageUrl(item.storageKey, item.width),
      heroImageAlt: input.heroImageAlt || item.alt,
      heroImageCaption: input.heroImageCaption || (newlyChosen ? item.caption : ""),
      heroImageCredit: item.credit,
    },
  };
}
