import "server-only";
import type { ArticleFormValues } from "@/components/admin/article-form";
import type { BylineOption } from "@/components/admin/byline-picker";
import { listBylineCandidates, type ArticleForEdit } from "@/db/queries/article-editor";
import type { StaffUser } from "@/db/queries/users";
import { can } from "@/lib/auth/permissions";

/** The editor's starting values: the saved article, or an empty one bylined to its writer. */
export function articleFormValues(user: StaffUser, article?: ArticleForEdit): ArticleFormValues {
  return {
    headline: article?.headline ?? "",
    slug: article?.slug ?? "",
    dek: article?.dek ?? "",
    body: article?.body ?? "",
    sectionId: article ? String(article.sectionId) : "",
    tags: article?.tagNames.join(", ") ?? "",
    heroImageUrl: article?.heroImageUrl ?? "",
    heroImageAlt: article?.heroImageAlt ?? "",
    heroImageCaption: article?.heroImageCaption ?? "",
    heroMediaId: article?.heroMediaId ? String(article.heroMediaId) : "",
    heroImageCredit: article?.heroImageCredit ?? "",
    commentsOpen: article?.commentsOpen ?? true,
    commentModeration: article?.commentModeration ?? "default",
    seoTitle: article?.seoTitle ?? "",
    seoDescription: article?.seoDescription ?? "",
    authorIds: article?.authorIds ?? [user.id],
  };
}

/**
 * Who the byline may name, in display order: the current byline first, then the user, then
 * everyone else. Authors may only keep the current byline and add themselves; the action
 * enforces the same rule.
 */
export function bylineOptions(user: StaffUser, article?: ArticleForEdit): BylineOption[] {
  const current = article?.authors ?? [];
  const others = can(user.role, "articles.editAny") ? listBylineCandidates() : [];
  const seen = new Set<number>();
  const out: BylineOption[] = [];
  for (const person of [...current, { id: user.id, name: user.name }, ...others]) {
    if (seen.has(person.id)) continue;
    seen.add(person.id);
    out.push({ id: person.id, name: person.name });
  }
  return out;
}
