import "server-only";
import {
  addCorrectionAction,
  correctionDraftAction,
} from "@/app/admin/articles/[id]/edit/corrections-actions";
import {
  createPreviewLinkAction,
  revokePreviewLinkAction,
} from "@/app/admin/articles/[id]/edit/preview-actions";
import type { ArticleForEdit } from "@/db/queries/article-editor";
import { listOpenDraftsForArticle } from "@/db/queries/correction-drafts";
import { listCorrectionsForArticle } from "@/db/queries/corrections";
import { hasPreviewLink } from "@/db/queries/preview";
import type { StaffUser } from "@/db/queries/users";
import { can, canEditArticle } from "@/lib/auth/permissions";
import { effectiveStatus } from "@/lib/workflow";
import { CorrectionsPanel } from "./corrections-panel";
import { PreviewLinkPanel } from "./preview-link-panel";

/**
 * The edit page's extras, by the story's state: a live story takes corrections and shows the
 * drafts readers' factual challenges opened (editors), one
 * not yet live can be shared through a preview link (whoever may edit it). The actions check
 * the same rules again; this only decides what to offer.
 */
export function ArticleExtras({ user, article }: { user: StaffUser; article: ArticleForEdit }) {
  const live = effectiveStatus(article.status, article.publishedAt) === "published";
  if (live) {
    if (!can(user.role, "articles.publish")) return null;
    return (
      <CorrectionsPanel
        action={addCorrectionAction.bind(null, article.id)}
        corrections={listCorrectionsForArticle(article.id)}
        draftAction={correctionDraftAction.bind(null, article.id)}
        drafts={listOpenDraftsForArticle(article.id).map((d) => ({
          id: d.id,
          note: d.note,
          kind: d.kind,
          body: d.body,
          createdAt: d.createdAt,
          raisedBy: d.raisedBy,
          comment: d.comment,
        }))}
      />
    );
  }
  if (!canEditArticle(user, article)) return null;
  return (
    <PreviewLinkPanel
      createAction={createPreviewLinkAction.bind(null, article.id)}
      revokeAction={revokePreviewLinkAction.bind(null, article.id)}
      hasLink={hasPreviewLink(article.id)}
    />
  );
}
