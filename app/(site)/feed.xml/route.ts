import { feedResponse } from "@/lib/feeds/feed-route";

// Rendered once, then served from Next's cache until publishing revalidates it (lib/revalidate.ts).
export const dynamic = "force-static";

export function GET(): Promise<Response> {
  return feedResponse({
    scope: { kind: "site" },
    title: "The Gazette",
    description: "The latest stories from The Gazette.",
    path: "/",
  });
}
