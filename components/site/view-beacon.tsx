"use client";

import { useEffect, useRef } from "react";

type PrivacyNavigator = Navigator & { globalPrivacyControl?: boolean };

/**
 * Counts one anonymous view of the article for the Most read list: the slug, nothing else, sent
 * with sendBeacon (no cookie, no identifier; the server keeps no address). Readers who ask not
 * to be tracked (Do Not Track or Global Privacy Control) are not counted at all.
 */
export function ViewBeacon({ slug }: { slug: string }) {
  // One beacon per page view, also under React's development double effects.
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (sent.current === slug) return;
    sent.current = slug;
    const nav = navigator as PrivacyNavigator;
    if (nav.doNotTrack === "1" || nav.globalPrivacyControl === true) return;
    if (typeof nav.sendBeacon === "function") nav.sendBeacon("/api/views", slug);
  }, [slug]);
  return null;
}
