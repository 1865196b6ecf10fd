import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/site/not-found-message";

export const metadata: Metadata = { title: "Page not found" };

// Inside the reader layout, so a missing story keeps the masthead and section navigation.
export default function SiteNotFound() {
  return <NotFoundMessage />;
}
