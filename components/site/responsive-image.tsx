import { parseLibraryImageUrl, srcSet } from "@/lib/media/urls";

type Props = {
  src: string;
  alt: string;
  /** The rendered width at each breakpoint, so the browser picks the smallest size that fits. */
  sizes: string;
  className?: string;
  width?: number;
  height?: number;
  priority?: boolean;
};

/**
 * A library image as a <picture> (AVIF, then WebP, every generated width) so each reader downloads
 * only what the screen needs; any other address (the demo SVGs, an https:// URL) as a plain <img>.
 * No next/image: the optimizer would fetch and re-encode what is already prepared on disk.
 */
export function ResponsiveImage({
  src,
  alt,
  sizes,
  className,
  width = 1200,
  height = 675,
  priority = false,
}: Props) {
  const library = parseLibraryImageUrl(src);
  const loading = priority ? "eager" : "lazy";
  const fetchPriority = priority ? "high" : undefined;
  if (!library) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- see above
      <img
        src={src}
        alt={alt}
        width={width}
        height={height}
        loading={loading}
        fetchPriority={fetchPriority}
        className={className}
      />
    );
  }
  return (
    <picture>
      <source type="image/avif" srcSet={srcSet(library, "avif")} sizes={sizes} />
      <source type="image/webp" srcSet={srcSet(library, "webp")} sizes={sizes} />
      <img
        src={src}
        srcSet={srcSet(library, "webp")}
        sizes={sizes}
        alt={alt}
        width={width}
        height={height}
        loading={loading}
        fetchPriority={fetchPriority}
        className={className}
      />
    </picture>
  );
}
