import type { Metadata } from "next";
import Link from "next/link";
import { getModerationSettings, listSectionCloseDays } from "@/db/queries/moderation-settings";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { SECTION_DAYS_PREFIX } from "@/lib/moderation/settings-form";
import { SITE_MODE_OPTIONS } from "@/lib/moderation/modes";
import { PolicyForm, type PolicyValues } from "./policy-form";
import { WordListsForm } from "./word-lists-form";

export const metadata: Metadata = { title: "Comment settings" };

export default async function CommentSettingsPage() {
  const user = await requirePagePermission("comments.moderate", "/admin/comments/settings");
  const settings = getModerationSettings();
  const sections = listSectionCloseDays();
  const configure = can(user.role, "comments.configure");
  const policy: PolicyValues = {
    defaultMode: settings.defaultMode,
    maxLinks: String(settings.maxLinks),
    holdFirstTime: settings.holdFirstTime ? "on" : "",
    trustAfter: String(settings.trustAfter),
    floodCommenterMax: String(settings.floodPerCommenter.max),
    floodCommenterMinutes: String(settings.floodPerCommenter.minutes),
    floodIpMax: String(settings.floodPerIp.max),
    floodIpMinutes: String(settings.floodPerIp.minutes),
    closeAfterDays: settings.closeAfterDays === null ? "" : String(settings.closeAfterDays),
    surgeEnabled: settings.surge.enabled ? "on" : "",
    surgeWindowMinutes: String(settings.surge.windowMinutes),
    surgeMinComments: String(settings.surge.minComments),
    surgeThresholdPercent: String(Math.round(settings.surge.threshold * 100)),
    ...Object.fromEntries(sections.map((s) => [`${SECTION_DAYS_PREFIX}${s.id}`, s.commentCloseDays === null ? "" : String(s.commentCloseDays)])),
  };
  return (
    <div className="max-w-3xl space-y-10">
      <div>
        <h1 className="font-serif text-3xl font-bold">Comment settings</h1>
        <p className="mt-2 text-muted">
          The rules that act on a comment before a moderator sees it. Each says why it acted, in the{" "}
          <Link href="/admin/comments" className="text-brand underline">
            moderation queue
          </Link>
          . A story&apos;s own moderation setting, chosen in the article editor, overrides the default.
        </p>
      </div>
      <section aria-labelledby="word-lists-heading" className="space-y-3">
        <h2 id="word-lists-heading" className="text-xl font-semibold">
          Word lists and reject reasons
        </h2>
        <WordListsForm
          initial={{
            bannedWords: settings.bannedWords.join("\n"),
            suspectWords: settings.suspectWords.join("\n"),
            rejectReasons: settings.rejectReasons.join("\n"),
          }}
        />
      </section>
      <section aria-labelledby="policy-heading" className="space-y-3">
        <h2 id="policy-heading" className="text-xl font-semibold">
          Moderation, limits and surge protection
        </h2>
        {configure ? (
          <PolicyForm initial={policy} sections={sections.map(({ id, name }) => ({ id, name }))} />
        ) : (
          <PolicySummary policy={policy} />
        )}
      </section>
    </div>
  );
}

/** What moderators see: the settings, and who may change them. */
function PolicySummary({ policy }: { policy: PolicyValues }) {
  const mode = SITE_MODE_OPTIONS.find((o) => o.value === policy.defaultMode)?.label ?? policy.defaultMode;
  const rows: Array<[string, string]> = [
    ["Default moderation", mode],
    ["Links before a comment is held", policy.maxLinks],
    ["Hold first comments on open stories", policy.holdFirstTime ? "Yes" : "No"],
    ["Trust after approved comments", policy.trustAfter === "0" ? "Off" : policy.trustAfter],
    ["Comments per commenter", `${policy.floodCommenterMax} in ${policy.floodCommenterMinutes} minutes`],
    ["Comments per address", `${policy.floodIpMax} in ${policy.floodIpMinutes} minutes`],
    ["Close comments after", policy.closeAfterDays ? `${policy.closeAfterDays} days` : "Never"],
    ["Surge protection", policy.surgeEnabled ? `${policy.surgeThresholdPercent}% of at least ${policy.surgeMinComments} comments in ${policy.surgeWindowMinutes} minutes` : "Off"],
  ];
  return (
    <>
      <p className="text-sm text-muted">Only editors and admins change these.</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
