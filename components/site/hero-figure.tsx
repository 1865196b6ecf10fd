/** The article's hero image with its caption. */
export function HeroFigure({ src, alt, caption }: { src: string; alt: string; caption: string }) {
  return (
    <figure className="my-8">
      {/* Plain <img>: hero images are local files and the optimizer must never fetch anything. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} alt={alt} width={1200} height={675} className="aspect-video h-auto w-full rounded bg-stone-200 object-cover" />
      {caption ? <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption> : null}
    </figure>
  );
}
