import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getArticleByPreviewTokenHash } from "@/db/queries/articles";
import { listCorrectionsForArticle } from "@/db/queries/corrections";
import { ArticleView } from "@/components/site/article-view";
import { hashPreviewToken } from "@/lib/preview-token";
import { previewTokenSchema } from "@/lib/validation/preview";

type Props = { params: Promise<{ token: string }> };

/**
 * The draft behind a preview link, or a 404: a malformed token, a revoked or replaced link,
 * and a published story all look the same, so a link gives nothing away once it is dead.
 */
const loadPreview = cache(async (rawToken: string) => {
  // Per request, never from a cache: revoking or publishing must end the link at once.
  await connection();
  const token = previewTokenSchema.safeParse(rawToken);
  const article = token.success ? getArticleByPreviewTokenHash(hashPreviewToken(token.data)) : undefined;
  if (!article) notFound();
  return article;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadPreview((await params).token);
  return { title: `Preview: ${article.headline}`, robots: { index: false, follow: false } };
}

export default async function PreviewPage({ params }: Props) {
  const article = await loadPreview((await params).token);
  return (
    <div className="mx-auto max-w-3xl">
      <ArticleView article={article} corrections={listCorrectionsForArticle(article.id)} />
    </div>
  );
}
