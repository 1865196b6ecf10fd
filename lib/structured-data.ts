/** What the article's JSON-LD needs; a subset of the public article DTO. */
export type JsonLdArticle = {
  slug: string;
  headline: string;
  dek: string;
  publishedAt: Date;
  /** The public "updated" time (a correction, clarification or update); null when never. */
  substantiveUpdatedAt: Date | null;
  heroImageUrl: string | null;
  section: { name: string };
  authors: Array<{ name: string; slug: string }>;
};

export type JsonLdCorrection = { body: string; createdAt: Date };

const PUBLISHER = "The Gazette";

/** The generated social card (app/(site)/articles/[slug]/social-card.png), for stories without a hero. */
export const GENERATED_IMAGE_SIZE = { width: 1200, height: 630 };

export function generatedImagePath(slug: string): string {
  return `/articles/${slug}/social-card.png`;
}

/**
 * The publisher as Google's article guidelines want it: a raster logo (public/logo.png, 600x60,
 * made by scripts/make-logo-png.ts), since an SVG logo may be ignored.
 */
export function publisherJsonLd(origin: URL) {
  return {
    "@type": "Organization",
    name: PUBLISHER,
    url: new URL("/", origin).toString(),
    logo: { "@type": "ImageObject", url: new URL("/logo.png", origin).toString(), width: 600, height: 60 },
  };
}

/**
 * schema.org NewsArticle for search engines, with every correction as a CorrectionComment
 * (https://schema.org/correction). Addresses are absolute, as the consumers expect.
 */
export function newsArticleJsonLd(article: JsonLdArticle, corrections: JsonLdCorrection[], origin: URL) {
  const absolute = (path: string) => new URL(path, origin).toString();
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
    ...(article.dek ? { description: article.dek } : {}),
    mainEntityOfPage: absolute(`/articles/${article.slug}`),
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.substantiveUpdatedAt ?? article.publishedAt).toISOString(),
    author: article.authors.map((a) => ({
      "@type": "Person",
      name: a.name,
      url: absolute(`/authors/${a.slug}`),
    })),
    // Google requires an image: a story without a hero points at its generated social card.
    image: [absolute(article.heroImageUrl ?? generatedImagePath(article.slug))],
    articleSection: article.section.name,
    publisher: publisherJsonLd(origin),
    ...(corrections.length
      ? {
          correction: corrections.map((c) => ({
            "@type": "CorrectionComment",
            text: c.body,
            datePublished: c.createdAt.toISOString(),
          })),
        }
      : {}),
  };
}

/**
 * JSON for an inline <script type="application/ld+json">. JSON.stringify alone would let a
 * headline or correction containing "</script>" end the tag; as \u003c the JSON means the same
 * and the HTML parser never sees a tag. > and & are escaped too, for old parsers and comments.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
