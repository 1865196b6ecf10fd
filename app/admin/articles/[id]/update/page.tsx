import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ScheduledUpdateForm } from "@/components/admin/scheduled-update-form";
import { getArticleForEdit } from "@/db/queries/article-editor";
import { requirePagePermission } from "@/lib/auth/guards";
import { idSchema } from "@/lib/validation/article";
import { effectiveStatus } from "@/lib/workflow";
import { scheduleUpdateAction } from "../../update-actions";

export const metadata: Metadata = { title: "Schedule an update" };

type Props = { params: Promise<{ id: string }> };

export default async function ScheduleUpdatePage({ params }: Props) {
  const raw = (await params).id;
  await requirePagePermission("articles.publish", `/admin/articles/${encodeURIComponent(raw)}/update`);
  const id = idSchema.safeParse(raw);
  if (!id.success) notFound();
  const article = getArticleForEdit(id.data);
  if (!article || effectiveStatus(article.status, article.publishedAt) !== "published") notFound();
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={`/admin/articles/${article.id}/edit`} className="text-brand underline">
          Back to the article
        </Link>
      </p>
      <h1 className="mt-1 font-serif text-3xl font-bold">Schedule an update</h1>
      <p className="mt-2 text-muted">
        Readers keep seeing the current version of “{article.headline}” until the time you choose; then this one replaces it.
      </p>
      <div className="mt-6">
        <ScheduledUpdateForm action={scheduleUpdateAction.bind(null, article.id)} initial={article} />
      </div>
    </div>
  );
}
