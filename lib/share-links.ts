/**
 * Share links as plain addresses: no network's script, button or tracking pixel loads on our
 * pages, and nothing is sent anywhere until the reader clicks. Each network's documented share URL.
 */

export type ShareTarget = { name: string; href: string };

export function shareTargets(url: string, title: string): ShareTarget[] {
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return [
    { name: "X", href: `https://x.com/intent/tweet?${q({ url, text: title })}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?${q({ u: url })}` },
    { name: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?${q({ url })}` },
    { name: "WhatsApp", href: `https://wa.me/?${q({ text: `${title} ${url}` })}` },
    { name: "Bluesky", href: `https://bsky.app/intent/compose?${q({ text: `${title} ${url}` })}` },
    { name: "Reddit", href: `https://www.reddit.com/submit?${q({ url, title })}` },
  ];
}

/** A mailto: link. Mail clients read "+" literally, so spaces must be %20 (encodeURIComponent). */
export function emailShareHref(url: string, title: string): string {
  return `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n\n${url}`)}`;
}
