import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ArticleExtras } from "@/components/admin/article-extras";
import { ArticleForm } from "@/components/admin/article-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { WorkflowPanel } from "@/components/admin/workflow-panel";
import { getArticleForEdit, listBylineCandidates } from "@/db/queries/article-editor";
import { listPendingUpdates } from "@/db/queries/scheduled-updates";
import { listTransitions, promoteDueScheduled } from "@/db/queries/workflow";
import { listSections } from "@/db/queries/sections";
import { requirePagePermission } from "@/lib/auth/guards";
import { canEditArticle, canOpenArticle } from "@/lib/auth/permissions";
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
const NOTICES = { saved: "Saved.", update: "Update scheduled: readers keep the current version until its time." } as const;

export default async function EditArticlePage({ params, searchParams }: Props) {
  const rawId = (await params).id;
  const user = await requirePagePermission("articles.write", `/admin/articles/${encodeURIComponent(rawId)}/edit`);
  const id = idSchema.safeParse(rawId);
  if (!id.success) notFound();
  promoteDueScheduled();
  const article = getArticleForEdit(id.data);
  if (!article) notFound();
  if (!canOpenArticle(user, article)) forbidden();
  const editable = canEditArticle(user, article);

  const query = await searchParams;
  const notice = (Object.keys(NOTICES) as Array<keyof typeof NOTICES>).find((k) => query[k] === "1");

  return (
    <div className="max-w-6xl">
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
        <Link href={`/admin/articles/${article.id}/revisions`} className="text-brand underline">
          Revisions
        </Link>
      </p>
      <div className="mt-6">
        <WorkflowPanel
          user={user}
          article={article}
          history={listTransitions(article.id)}
          people={listBylineCandidates()}
          pendingUpdates={listPendingUpdates(article.id)}
        />
      </div>
      {editable ? (
        <div className="mt-6">
          <ArticleForm
            // A fresh form after every save, so it shows what was stored (e.g. a derived slug).
            key={`${article.version}:${article.updatedAt.getTime()}`}
            action={saveArticleAction.bind(null, article.id)}
            initial={articleFormValues(user, article)}
            sections={listSections()}
            bylineOptions={bylineOptions(user, article)}
            status={article.status}
            notice={notice ? NOTICES[notice] : undefined}
            article={{ id: article.id, version: article.version, savedAt: article.updatedAt.toISOString() }}
          />
        </div>
      ) : (
        <p className="mt-6 rounded border border-stone-300 bg-stone-50 p-4 text-sm">
          {article.status === "review"
            ? "Editors have this story now, so its text is locked for you. Withdraw it from review to make changes."
            : "Only editors can change a story at this stage."}
        </p>
      )}
      <div className="mt-8">
        <ArticleExtras user={user} article={article} />
      </div>
    </div>
  );
}
