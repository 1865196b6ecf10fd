"use server";

import { revalidatePath } from "next/cache";
import { getModerationSettings, listSectionCloseDays, saveModerationSettings } from "@/db/queries/moderation-settings";
import { formFields, invalid, type ActionState } from "@/lib/action-state";
import { authorizeAction } from "@/lib/auth/guards";
import { moderationSettingsSchema, type ModerationSettings } from "@/lib/moderation/settings";
import { parseSectionCloseDays, policyFormSchema, wordListsFormSchema } from "@/lib/moderation/settings-form";

// The comment rules. Word lists and reject reasons are the moderators' daily tools; how the
// site moderates (modes, trust, limits, surge) is an editorial call (comments.configure).

const PAGE = "/admin/comments/settings";

function save(settings: ModerationSettings, sectionDays: Map<number, number | null>, actorId: number, summary: string, message: string): ActionState {
  // Checked once more as a whole: a word moved between lists, a combination no single form checks.
  const checked = moderationSettingsSchema.safeParse(settings);
  if (!checked.success) return invalid(checked.error);
  saveModerationSettings(checked.data, sectionDays, { actorId, summary });
  revalidatePath(PAGE);
  return { ok: true, message };
}

export async function saveWordListsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("comments.moderate");
  if (denied) return denied;
  const parsed = wordListsFormSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, "Nothing was saved: please correct the highlighted lists.");
  const lists = parsed.data;
  return save(
    { ...getModerationSettings(), ...lists },
    new Map(),
    user.id,
    `Comment word lists: ${lists.bannedWords.length} banned, ${lists.suspectWords.length} suspect, ${lists.rejectReasons.length} reject reasons`,
    "Word lists and reasons saved.",
  );
}

export async function saveModerationPolicyAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("comments.configure");
  if (denied) return denied;
  const fields = formFields(formData);
  const parsed = policyFormSchema.safeParse(fields);
  const sections = parseSectionCloseDays(fields);
  const fieldErrors = { ...(parsed.success ? {} : invalid(parsed.error).fieldErrors), ...sections.errors };
  if (!parsed.success || Object.keys(fieldErrors).length)
    return { ok: false, message: "Nothing was saved: please correct the highlighted fields.", fieldErrors };

  const known = new Set(listSectionCloseDays().map((s) => s.id));
  const sectionDays = new Map([...sections.values].filter(([id]) => known.has(id)));
  const p = parsed.data;
  const settings: ModerationSettings = {
    ...getModerationSettings(),
    defaultMode: p.defaultMode,
    maxLinks: p.maxLinks,
    holdFirstTime: p.holdFirstTime,
    trustAfter: p.trustAfter,
    floodPerCommenter: { max: p.floodCommenterMax, minutes: p.floodCommenterMinutes },
    floodPerIp: { max: p.floodIpMax, minutes: p.floodIpMinutes },
    closeAfterDays: p.closeAfterDays,
    surge: {
      enabled: p.surgeEnabled,
      windowMinutes: p.surgeWindowMinutes,
      minComments: p.surgeMinComments,
      threshold: p.surgeThresholdPercent / 100,
    },
  };
  return save(
    settings,
    sectionDays,
    user.id,
    `Comment moderation: default ${p.defaultMode}, ${p.closeAfterDays ? `close after ${p.closeAfterDays} days` : "never close"}, surge ${p.surgeEnabled ? "on" : "off"}`,
    "Moderation settings saved.",
  );
}
