"use client";

import Link from "next/link";
import { ModerationTime, timeAgo } from "@/components/admin/moderation-time";
import type { DeskItem as Item } from "@/db/queries/moderation-queues";
import { describeRuleHit, suspectWords } from "@/lib/moderation-desk/highlight";
import { commenterHref, deskHref, WAITING_QUEUES, type Queue } from "@/lib/moderation-desk/queues";
import type { DeskDecision } from "@/lib/moderation-desk/validation";
import { cn } from "@/lib/utils";
import { decisionsFor } from "./decision-buttons";
import { HighlightedText } from "./highlighted-text";

type Props = {
  item: Item;
  queue: Queue;
  now: Date;
  focused: boolean;
  selected: boolean;
  selectable: boolean;
  claimedBy: string | null;
  formAction: (formData: FormData) => void;
  onDecide: (item: Item, decision: DeskDecision) => void;
  onFocusItem: (id: number) => void;
  onToggleSelect: (id: number) => void;
  itemRef: (el: HTMLElement | null) => void;
};

const STATUS_WORD = { pending: "Pending", approved: "Published", rejected: "Rejected", spam: "Spam" } as const;

/** One comment on the desk, with its context and one small form per decision (they work without JavaScript). */
export function DeskItem({ item, queue, now, focused, selected, selectable, claimedBy, formAction, onDecide, onFocusItem, onToggleSelect, itemRef }: Props) {
  const titleId = `comment-${item.id}-title`;
  const words = suspectWords(item.ruleHits);
  const last = item.history[0];
  return (
    <article
      ref={itemRef}
      tabIndex={-1}
      aria-labelledby={titleId}
      data-comment-id={item.id}
      onFocus={() => onFocusItem(item.id)}
      className={cn(
        "rounded border bg-white p-4 outline-none",
        focused ? "border-brand ring-2 ring-brand" : "border-stone-300",
        claimedBy ? "opacity-70" : null,
      )}
    >
      <header className="flex flex-wrap items-start gap-3">
        {selectable ? (
          <input
            type="checkbox"
            form="bulk-form"
            name="item"
            value={`${item.id}:${item.status}`}
            checked={selected}
            onChange={() => onToggleSelect(item.id)}
            aria-label={`Select comment by ${item.authorName}`}
            className="mt-1 size-4"
          />
        ) : null}
        <div className="min-w-0 flex-1 space-y-1">
          <h3 id={titleId} className="font-semibold">
            {item.authorName}{" "}
            <Link href={commenterHref(item.authorEmail)} className="font-normal text-brand underline">
              &lt;{item.authorEmail}&gt;<span className="sr-only"> (commenter history)</span>
            </Link>
          </h3>
          <p className="text-sm text-muted">
            On{" "}
            <a href={`/articles/${item.article.slug}`} target="_blank" rel="noopener noreferrer" className="font-semibold text-ink underline">
              {item.article.headline}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>{" "}
            in {item.article.sectionName}
            {item.parent ? (
              <>
                , in reply to{" "}
                <Link href={`/admin/comments/${item.parent.id}`} className="underline">
                  {item.parent.authorName}
                </Link>
              </>
            ) : null}
          </p>
          <p className="text-sm text-muted">
            {(WAITING_QUEUES as readonly Queue[]).includes(queue) ? (
              <>
                <strong className="font-semibold text-ink" title={item.waitingSince.toISOString()}>
                  {waited(item.waitingSince, now)}
                </strong>
                {" · "}
              </>
            ) : null}
            Posted <ModerationTime date={item.createdAt} now={now} />
            {" · "}
            {STATUS_WORD[item.status]}
            {item.moderatedByName && item.status !== "pending" ? <> by {item.moderatedByName}</> : null}
            {item.featured ? <> · <span className="font-semibold text-brand">Featured</span></> : null}
            {item.replyCount > 0 ? <> · {item.replyCount} {item.replyCount === 1 ? "reply" : "replies"}</> : null}
          </p>
        </div>
      </header>

      {claimedBy ? (
        <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm font-semibold text-amber-900" role="note">
          Being reviewed by {claimedBy}
        </p>
      ) : null}
      {item.ruleHits.length > 0 ? (
        <ul aria-label="Rules that acted" className="mt-2 flex flex-wrap gap-2 text-sm">
          {item.ruleHits.map((hit, i) => (
            <li key={i} className="rounded border border-amber-600 bg-amber-50 px-2 py-0.5 text-amber-900">
              Held: {describeRuleHit(hit)}
            </li>
          ))}
        </ul>
      ) : null}
      {item.reports.length > 0 ? (
        <p className="mt-2 text-sm text-red-900">
          Reported: {item.reports.map((r) => `${r.reason} ×${r.count}`).join(", ")}
        </p>
      ) : null}
      {item.status === "rejected" && item.reason ? <p className="mt-2 text-sm">Reason given: {item.reason}</p> : null}

      <p className="mt-3 whitespace-pre-line break-words">
        <HighlightedText text={item.body} words={words} />
      </p>

      {item.appeal ? (
        <blockquote className="mt-3 border-l-4 border-brand pl-3 text-sm">
          <p className="font-semibold">
            Appeal, <ModerationTime date={item.appeal.createdAt} now={now} />:
          </p>
          <p className="whitespace-pre-line break-words">{item.appeal.message}</p>
        </blockquote>
      ) : null}

      <div className="mt-4 flex flex-wrap items-center gap-2">
        {decisionsFor(queue, item).map((d) => (
          <DecisionForm key={d.decision} item={item} decision={d.decision} formAction={formAction} onDecide={onDecide}>
            <button type="submit" aria-label={d.name(item.authorName)} className={buttonClass(d.variant)} aria-keyshortcuts={d.key}>
              {d.label}
            </button>
          </DecisionForm>
        ))}
        {item.undoable && last ? (
          <DecisionForm item={item} decision="undo" formAction={formAction} onDecide={onDecide}>
            <button type="submit" aria-label={`Undo “${last.action}” on comment by ${item.authorName}`} className={buttonClass("secondary")}>
              Undo {last.action}
            </button>
          </DecisionForm>
        ) : null}
        <span className="ml-auto flex flex-wrap gap-3 text-sm">
          <Link href={`/admin/comments/${item.id}`} aria-label={`Thread and history of the comment by ${item.authorName}`} className="text-brand underline">
            Thread and history
          </Link>
          <Link href={deskHref(queue, { articleId: item.article.id })} aria-label={`Only comments on ${item.article.headline}`} className="text-brand underline">
            Only this article
          </Link>
        </span>
      </div>
      {last ? (
        <p className="mt-2 text-xs text-muted">
          Last decision: {last.action}
          {last.reason ? ` (${last.reason})` : ""} by {last.actorName ?? "a rule"} <ModerationTime date={last.createdAt} now={now} />
          {last.undone ? " · undone" : ""}
        </p>
      ) : null}
    </article>
  );
}

/** "Waiting 12 min", "Waiting 3 days", "Waiting since 2 Jan 2030". */
function waited(since: Date, now: Date): string {
  const ago = timeAgo(since, now);
  if (ago === "just now") return "Waiting under a minute";
  if (ago.startsWith("on ")) return `Waiting since ${ago.slice(3)}`;
  return `Waiting ${ago.replace(/ ago$/, "")}`;
}

function buttonClass(variant: "primary" | "secondary" | "danger") {
  return cn(
    "rounded px-3 py-1 text-sm font-semibold",
    variant === "primary" && "bg-brand text-white hover:bg-brand-dark",
    variant === "secondary" && "border border-stone-400 bg-white text-ink hover:bg-stone-100",
    variant === "danger" && "bg-red-800 text-white hover:bg-red-900",
  );
}

/**
 * A decision as a real form (posts the server action without JavaScript); with JavaScript the
 * desk takes over on submit, hides the row at once and, for a rejection, asks for the reason.
 */
function DecisionForm({ item, decision, formAction, onDecide, children }: {
  item: Item;
  decision: DeskDecision;
  formAction: (formData: FormData) => void;
  onDecide: (item: Item, decision: DeskDecision) => void;
  children: React.ReactNode;
}) {
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        e.preventDefault();
        onDecide(item, decision);
      }}
    >
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="expected" value={item.status} />
      <input type="hidden" name="decision" value={decision} />
      {children}
    </form>
  );
}
