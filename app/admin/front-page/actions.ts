"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/db/queries/audit";
import {
  clearLead,
  getLiveHeadline,
  MAX_PINS,
  movePin,
  pinArticle,
  setLead,
  unpinArticle,
} from "@/db/queries/front-page";
import { setBreakingNews } from "@/db/queries/site-settings";
import { formFields, invalid, type ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { revalidateEverything, revalidateFrontPage } from "@/lib/revalidate";
import { breakingInputSchema, movePinSchema, slotArticleSchema } from "@/lib/validation/front-page";

// Curating the front page is an editor's call, like publishing: every action needs that right.

const NOT_LIVE: ActionState = {
  ok: false,
  message: "That story is not published, so it cannot go on the front page.",
};

function done(actorId: number, articleId: number | null, summary: string, message: string): ActionState {
  recordAudit({
    actorId,
    action: "front-page.update",
    targetType: articleId ? "article" : "site",
    targetId: articleId,
    summary,
  });
  revalidateFrontPage();
  revalidatePath("/admin/front-page");
  return { ok: true, message };
}

export async function setLeadAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("articles.publish");
  if (denied) return denied;
  const parsed = slotArticleSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, "Choose a story to lead the front page.");
  const headline = getLiveHeadline(parsed.data.articleId);
  if (!headline) return NOT_LIVE;
  setLead(parsed.data.articleId);
  return done(
    user.id,
    parsed.data.articleId,
    `Lead story: “${headline}”`,
    `“${headline}” now leads the front page.`,
  );
}

export async function clearLeadAction(_prev: ActionState, _formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("articles.publish");
  if (denied) return denied;
  if (!clearLead()) return { ok: false, message: "No lead story was chosen." };
  return done(
    user.id,
    null,
    "Lead story cleared",
    "Lead cleared: the newest story leads the front page again.",
  );
}

export async function pinAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("articles.publish");
  if (denied) return denied;
  const parsed = slotArticleSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, "Choose a story to pin.");
  const headline = getLiveHeadline(parsed.data.articleId);
  if (!headline) return NOT_LIVE;
  const result = pinArticle(parsed.data.articleId);
  if (result === "is-lead") return { ok: false, message: "That story is the lead already." };
  if (result === "already-pinned") return { ok: false, message: "That story is pinned already." };
  if (result === "full")
    return { ok: false, message: `At most ${MAX_PINS} stories can be pinned. Unpin one first.` };
  return done(user.id, parsed.data.articleId, `Pinned: “${headline}”`, `Pinned “${headline}”.`);
}

export async function unpinAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("articles.publish");
  if (denied) return denied;
  const parsed = slotArticleSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, "That request was not valid.");
  if (!unpinArticle(parsed.data.articleId))
    return { ok: false, message: "That story is not pinned. Reload the page." };
  return done(user.id, parsed.data.articleId, "Unpinned a story", "Unpinned.");
}

export async function movePinAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("articles.publish");
  if (denied) return denied;
  const parsed = movePinSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, "That request was not valid.");
  const { articleId, direction } = parsed.data;
  if (!movePin(articleId, direction))
    return { ok: false, message: `That story cannot move ${direction}. Reload the page.` };
  return done(user.id, articleId, `Moved a pinned story ${direction}`, `Moved ${direction}.`);
}

/** The banner shows on every reader page, so switching it changes the whole site's layout. */
export async function saveBreakingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("articles.publish");
  if (denied) return denied;
  const parsed = breakingInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  setBreakingNews(parsed.data);
  const { active, headline } = parsed.data;
  recordAudit({
    actorId: user.id,
    action: "breaking.update",
    targetType: "site",
    summary: active ? `Breaking banner on: “${headline}”` : "Breaking banner off",
  });
  revalidateEverything();
  revalidatePath("/admin/front-page");
  return {
    ok: true,
    message: active ? "The breaking-news banner is on, on every page." : "The breaking-news banner is off.",
  };
}
