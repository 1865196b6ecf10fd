/** A writer's portrait, or their initials when there is none. */
export function Avatar({ name, url, size = 64 }: { name: string; url: string | null; size?: number }) {
  if (url) {
    return (
      // Plain <img>: avatars are local files, and the image optimizer must never fetch anything.
      // eslint-disable-next-line @next/next/no-img-element
      <img src={url} alt="" width={size} height={size} className="shrink-0 rounded-full bg-stone-200 object-cover dark:bg-stone-800" style={{ width: size, height: size }} />
    );
  }
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .join("")
    .slice(0, 2);
  return (
    <span
      aria-hidden="true"
      className="flex shrink-0 items-center justify-center rounded-full bg-stone-200 font-serif font-bold text-muted dark:bg-stone-800"
      style={{ width: size, height: size }}
    >
      {initials}
    </span>
  );
}
