import { ResponsiveImage } from "./responsive-image";

// The article column is max-w-3xl (48rem); below that the image spans the screen.
const HERO_SIZES = "(min-width: 48rem) 48rem, 100vw";

/** The article's hero image with its caption and credit. */
export function HeroFigure({
  src,
  alt,
  caption,
  credit = "",
}: {
  src: string;
  alt: string;
  caption: string;
  credit?: string;
}) {
  return (
    <figure className="my-8">
      <ResponsiveImage
        src={src}
        alt={alt}
        sizes={HERO_SIZES}
        priority
        className="aspect-video h-auto w-full rounded bg-stone-200 object-cover dark:bg-stone-800"
      />
      {caption || credit ? (
        <figcaption className="mt-2 text-sm text-muted">
          {caption}
          {caption && credit ? " " : null}
          {credit ? (
            <span className="text-xs tracking-wide uppercase">
              <span className="sr-only">Credit: </span>
              {credit}
            </span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
