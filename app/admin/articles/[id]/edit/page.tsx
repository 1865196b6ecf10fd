import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ArticleForm } from "@/components/admin/article-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { getArticleForEdit } from "@/db/queries/article-editor";
import { listSections } from "@/db/queries/sections";
import { requirePagePermission } from "@/lib/auth/guards";
import { can, canEditArticle } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/utils";
import { idSchema } from "@/lib/validation/article";
import { saveArticleAction } from "../../actions";
import { articleFormValues, bylineOptions } from "../../form-values";

export const metadata: Metadata = { title: "Edit article" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Set by saveArticleAction's redirect.
const NOTICES = {
  published: "Published: the article is live on the site.",
  unpublished: "Unpublished: the article is no longer on the site.",
  saved: "Saved.",
} as const;

export default async function EditArticlePage({ params, searchParams }: Props) {
  const user = await requirePagePermission("articles.write", "/admin/articles");
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const article = getArticleForEdit(id.data);
  if (!article) notFound();
  if (!canEditArticle(user, article)) forbidden();

  const query = await searchParams;
  const notice = (Object.keys(NOTICES) as Array<keyof typeof NOTICES>).find((k) => query[k] === "1");

  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/admin/articles" className="text-brand underline">
          Articles
        </Link>
      </p>
      <h1 className="mt-1 font-serif text-3xl font-bold">Edit article</h1>
      <p className="mt-2 flex flex-wrap items-center gap-3 text-sm text-muted">
        <StatusBadge status={article.status} />
        {article.publishedAt ? <span>Published {formatDateTime(article.publishedAt)}</span> : null}
        <span>Last saved {formatDateTime(article.updatedAt)}</span>
      </p>
      <div className="mt-6">
        <ArticleForm
          // A fresh form after every save, so it shows what was stored (e.g. a derived slug).
          key={article.updatedAt.getTime()}
          action={saveArticleAction.bind(null, article.id)}
          initial={articleFormValues(user, article)}
          sections={listSections()}
          bylineOptions={bylineOptions(user, article)}
          status={article.status}
          canPublish={can(user.role, "articles.publish")}
          notice={notice ? NOTICES[notice] : undefined}
        />
      </div>
    </div>
  );
}
