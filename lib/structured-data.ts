/** What the article's JSON-LD needs; a subset of the public article DTO. */
export type JsonLdArticle = {
  slug: string;
  headline: string;
  dek: string;
  publishedAt: Date;
  /** The public "updated" time (a correction, clarification or update); null when never. */
  substantiveUpdatedAt: Date | null;
  heroImageUrl: string | null;
  authors: Array<{ name: string; slug: string }>;
};

export type JsonLdCorrection = { body: string; createdAt: Date };

const PUBLISHER = "The Gazette";

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
    ...(article.heroImageUrl ? { image: [absolute(article.heroImageUrl)] } : {}),
    publisher: { "@type": "Organization", name: PUBLISHER, url: absolute("/") },
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
