import { cancelScheduledUpdateAction } from "@/app/admin/articles/update-actions";
import { assignArticleAction, transitionArticleAction } from "@/app/admin/articles/workflow-actions";
import type { PendingUpdate } from "@/db/queries/scheduled-updates";
import type { ArticleForEdit } from "@/db/queries/article-editor";
import type { TransitionLogEntry } from "@/db/queries/workflow";
import type { StaffUser } from "@/db/queries/users";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/utils";
import { availableTransitions, effectiveStatus, prepublishWarnings, STATUS_LABELS } from "@/lib/workflow";
import { AssignmentForm } from "./assignment-form";
import { PendingUpdates } from "./pending-updates";
import { StatusBadge } from "./status-badge";
import { WorkflowForm } from "./workflow-form";

type Props = {
  user: StaffUser;
  article: ArticleForEdit;
  history: TransitionLogEntry[];
  people: Array<{ id: number; name: string }>;
  pendingUpdates: PendingUpdate[];
};

const toLocalInput = (d: Date | null) => (d ? d.toISOString().slice(0, 16) : "");

/** Status, next moves, assignment and history of one article, on its edit page. */
export function WorkflowPanel({ user, article, history, people, pendingUpdates }: Props) {
  const publisher = can(user.role, "articles.publish");
  const live = effectiveStatus(article.status, article.publishedAt) === "published";
  const sentBack = article.status === "draft" ? history.find((t) => t.from === "review" && t.to === "draft" && t.note) : undefined;
  return (
    <section aria-labelledby="workflow-heading" className="space-y-4 rounded border border-stone-300 bg-white p-4">
      <h2 id="workflow-heading" className="flex items-center gap-3 font-serif text-xl font-bold">
        Workflow <StatusBadge status={article.status} />
      </h2>
      {article.status === "scheduled" && article.publishedAt ? (
        <p className="text-sm">
          Goes live <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>.
        </p>
      ) : null}
      {sentBack ? (
        <div role="note" className="rounded border border-sky-700 bg-sky-50 p-3 text-sm text-sky-950">
          <p className="font-semibold">Sent back by {sentBack.actorName ?? "an editor"}:</p>
          <p className="whitespace-pre-wrap">{sentBack.note}</p>
        </div>
      ) : null}
      <WorkflowForm
        action={transitionArticleAction.bind(null, article.id)}
        status={article.status}
        transitions={availableTransitions(user, article)}
        warnings={prepublishWarnings(article)}
      />
      {publisher && live ? (
        <PendingUpdates articleId={article.id} cancel={cancelScheduledUpdateAction.bind(null, article.id)} updates={pendingUpdates} />
      ) : null}
      {publisher ? (
        <AssignmentForm action={assignArticleAction.bind(null, article.id)} people={people} assigneeId={article.assigneeId} dueAt={toLocalInput(article.dueAt)} />
      ) : null}
      {history.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-sm font-semibold">History ({history.length})</summary>
          <ol className="mt-2 space-y-1 text-sm">
            {history.map((t) => (
              <li key={t.id}>
                <time dateTime={t.at.toISOString()}>{formatDateTime(t.at)}</time>: {t.actorName ?? "Scheduled publication"} moved it from{" "}
                {STATUS_LABELS[t.from].toLowerCase()} to {STATUS_LABELS[t.to].toLowerCase()}
                {t.note ? <span className="text-muted"> — “{t.note}”</span> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
