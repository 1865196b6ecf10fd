import type { Metadata } from "next";
import Link from "next/link";
import { DeskPageHeading } from "@/components/admin/moderation/desk-page-heading";
import { notFound } from "next/navigation";
import { BanForm, LiftBanForm, NoteForm } from "@/components/admin/moderation/commenter-forms";
import { ModerationTime } from "@/components/admin/moderation-time";
import { getCommenter } from "@/db/queries/moderation-commenters";
import { requirePagePermission } from "@/lib/auth/guards";
import { commenterHref, deskHref } from "@/lib/moderation-desk/queues";
import { emailSchema } from "@/lib/moderation-desk/validation";
import { formatDateTime } from "@/lib/utils";

export const metadata: Metadata = { title: "Commenter" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A commenter's history across the site, their bans and the moderators' notes on them. */
export default async function CommenterPage({ searchParams }: Props) {
  const raw = (await searchParams).email;
  const returnTo = typeof raw === "string" ? commenterHref(raw) : "/admin/comments";
  await requirePagePermission("comments.moderate", returnTo);
  const email = emailSchema.safeParse(raw);
  if (!email.success) notFound();
  const now = new Date();
  const commenter = getCommenter(email.data, now);
  if (!commenter) notFound();
  const activeBans = commenter.bans.filter((b) => b.active);

  return (
    <div className="space-y-8">
      <div>
        <DeskPageHeading title={<>Commenter {commenter.email}</>} />
        <p className="mt-1 text-sm text-muted">
          {commenter.names.length ? <>Posts as {commenter.names.join(", ")}. </> : null}
          {commenter.counts.approved} approved · {commenter.counts.pending} pending · {commenter.counts.rejected} rejected ·{" "}
          {commenter.counts.spam} spam.{" "}
          <Link href={deskHref("pending", { email: commenter.email })} className="text-brand underline">
            Their pending comments on the desk
          </Link>
        </p>
        {activeBans.length > 0 ? (
          <p className="mt-2 rounded border border-red-700 bg-red-50 px-3 py-2 text-sm font-semibold text-red-900" role="note">
            Banned: new comments are rejected.
          </p>
        ) : null}
      </div>

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="bans-heading" className="space-y-3">
          <h2 id="bans-heading" className="text-xl font-semibold">
            Bans
          </h2>
          {commenter.bans.length === 0 ? <p className="text-sm text-muted">Never banned.</p> : null}
          <ul className="space-y-3">
            {commenter.bans.map((ban) => {
              const label = [ban.email, ban.ipLabel].filter(Boolean).join(" and ");
              return (
                <li key={ban.id} className="rounded border border-stone-300 bg-white p-3 text-sm">
                  <p className="font-semibold">
                    {ban.active ? (ban.expiresAt ? "Suspended" : "Banned") : ban.liftedAt ? "Lifted" : "Expired"}: {label}
                  </p>
                  <p>Reason: {ban.reason}</p>
                  <p className="text-muted">
                    By {ban.createdByName ?? "someone"} on {formatDateTime(ban.createdAt)}
                    {ban.expiresAt ? <>, until {formatDateTime(ban.expiresAt)}</> : null}
                    {ban.liftedAt ? <>; lifted by {ban.liftedByName ?? "someone"} on {formatDateTime(ban.liftedAt)}</> : null}
                  </p>
                  {ban.active ? <LiftBanForm banId={ban.id} label={label} /> : null}
                </li>
              );
            })}
          </ul>
          <h3 className="font-semibold">Ban or suspend</h3>
          <BanForm
            email={commenter.email}
            address={commenter.latestWithAddress ? { commentId: commenter.latestWithAddress.id, label: commenter.latestWithAddress.ipLabel } : null}
          />
        </section>

        <section aria-labelledby="notes-heading" className="space-y-3">
          <h2 id="notes-heading" className="text-xl font-semibold">
            Moderator notes
          </h2>
          {commenter.notes.length === 0 ? <p className="text-sm text-muted">No notes yet.</p> : null}
          <ul className="space-y-2">
            {commenter.notes.map((note) => (
              <li key={note.id} className="rounded border border-stone-300 bg-white p-3 text-sm">
                <p className="whitespace-pre-line break-words">{note.body}</p>
                <p className="mt-1 text-muted">
                  {note.authorName ?? "Someone"}, <ModerationTime date={note.createdAt} now={now} />
                </p>
              </li>
            ))}
          </ul>
          <NoteForm email={commenter.email} />
        </section>
      </div>

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">
          Comments across the site
        </h2>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Their comments, newest first</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-2 pr-4">Posted</th>
              <th scope="col" className="py-2 pr-4">Story</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2">Comment</th>
            </tr>
          </thead>
          <tbody>
            {commenter.comments.map((c) => (
              <tr key={c.id} className="border-b border-stone-200 align-top">
                <td className="py-2 pr-4 whitespace-nowrap">
                  <ModerationTime date={c.createdAt} now={now} />
                </td>
                <td className="py-2 pr-4">{c.article.headline}</td>
                <td className="py-2 pr-4">
                  {c.status}
                  {c.featured ? ", featured" : ""}
                  {c.reportCount > 0 ? `, ${c.reportCount} reports` : ""}
                  {c.reason ? <span className="block text-muted">{c.reason}</span> : null}
                </td>
                <td className="py-2">
                  <Link href={`/admin/comments/${c.id}`} className="underline">
                    {c.body.length > 140 ? `${c.body.slice(0, 140)}…` : c.body}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
