import type { MetadataRoute } from "next";
import { siteUrl } from "@/db/config";

// Staff, sign-in, preview links and the API are never for crawlers; preview pages also say noindex.
export default function robots(): MetadataRoute.Robots {
  const origin = siteUrl();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/preview", "/login", "/api"] },
    sitemap: [new URL("/sitemap.xml", origin).toString(), new URL("/news-sitemap.xml", origin).toString()],
  };
}
