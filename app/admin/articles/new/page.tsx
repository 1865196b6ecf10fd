import type { Metadata } from "next";
import Link from "next/link";
import { ArticleForm } from "@/components/admin/article-form";
import { listSections } from "@/db/queries/sections";
import { requirePagePermission } from "@/lib/auth/guards";
import { saveArticleAction } from "../actions";
import { articleFormValues, bylineOptions } from "../form-values";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const user = await requirePagePermission("articles.write", "/admin/articles/new");
  return (
    <div className="max-w-6xl">
      <p className="text-sm">
        <Link href="/admin/articles" className="text-brand underline">
          Articles
        </Link>
      </p>
      <h1 className="mt-1 font-serif text-3xl font-bold">New article</h1>
      <div className="mt-6">
        <ArticleForm
          action={saveArticleAction.bind(null, null)}
          initial={articleFormValues(user)}
          sections={listSections()}
          bylineOptions={bylineOptions(user)}
          status="new"
        />
      </div>
    </div>
  );
}
