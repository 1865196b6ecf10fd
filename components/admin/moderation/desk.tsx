"use client";

import { startTransition, useActionState, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { bulkModerateAction, moderateCommentAction, type DeskState } from "@/app/admin/comments/actions";
import type { DeskItem as Item } from "@/db/queries/moderation-queues";
import { QUEUE_LABELS, type Queue, type QueueCounts } from "@/lib/moderation-desk/queues";
import type { DeskDecision } from "@/lib/moderation-desk/validation";
import { BulkBar } from "./bulk-bar";
import { decisionsFor, leavesQueue } from "./decision-buttons";
import { DeskItem } from "./desk-item";
import { DeskMessage } from "./desk-message";
import { HelpDialog } from "./help-dialog";
import { QueueTabs } from "./queue-tabs";
import { ReasonDialog } from "./reason-dialog";
import { useFocusClaim, useLiveQueue } from "./use-desk-sync";

type Props = {
  items: Item[];
  queue: Queue;
  counts: QueueCounts;
  tabHrefs: Record<Queue, string>;
  /** The filters as a query string, for the live counts. */
  filterQuery: string;
  reasons: readonly string[];
  meId: number;
  now: Date;
  emptyText: string;
};

const initial: DeskState = { ok: false };

/**
 * The moderators' desk: the queue as a list a moderator works through with the mouse or the
 * keyboard (j/k/a/r/s/f/x/u/?). A decided comment disappears at once and the next one takes
 * focus; the server action's refresh brings the queue up to date behind it. The comment in
 * focus is claimed, so others skip it.
 */
export function ModerationDesk(props: Props) {
  const { items, queue, reasons, meId } = props;
  const [state, dispatch] = useActionState(moderateCommentAction, initial);
  const [bulkState, bulkDispatch] = useActionState(bulkModerateAction, initial);
  const [latest, setLatest] = useState<"single" | "bulk">("single");
  const [removed, setRemoved] = useState<ReadonlySet<number>>(new Set());
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const [claims, setClaims] = useState<Record<number, string>>(() => othersClaims(items, meId));
  const [counts, setCounts] = useState(props.counts);
  const [rejecting, setRejecting] = useState<Item | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const lastDecided = useRef<number | null>(null);
  const elements = useRef(new Map<number, HTMLElement>());
  const moveFocus = useRef(false);

  // Server refreshes bring new props: they are the truth for counts and claims. (State is
  // adjusted while rendering, React's pattern for state derived from changing props.)
  const [seen, setSeen] = useState({ counts: props.counts, items, state, bulkState });
  if (seen.counts !== props.counts) {
    setSeen((s) => ({ ...s, counts: props.counts }));
    setCounts(props.counts);
  }
  if (seen.items !== items) {
    setSeen((s) => ({ ...s, items }));
    setClaims(othersClaims(items, meId));
  }
  // A refused decision brings its comment back.
  if (seen.state !== state) {
    setSeen((s) => ({ ...s, state }));
    setLatest("single");
    const id = state.commentId;
    if (!state.ok && id) setRemoved((r) => without(r, [id]));
  }
  if (seen.bulkState !== bulkState) {
    setSeen((s) => ({ ...s, bulkState }));
    setLatest("bulk");
    const failed = bulkState.failedIds ?? [];
    if (failed.length) setRemoved((r) => without(r, failed));
  }

  const visible = useMemo(() => items.filter((i) => !removed.has(i.id)), [items, removed]);
  const visibleRef = useRef(visible);
  useEffect(() => {
    visibleRef.current = visible;
  }, [visible]);

  /** The next (or previous) comment nobody else is reviewing. */
  const neighbour = useCallback(
    (fromId: number | null, step: 1 | -1, list = visibleRef.current): number | null => {
      const start = fromId === null ? (step === 1 ? -1 : list.length) : list.findIndex((i) => i.id === fromId);
      for (let i = start + step; i >= 0 && i < list.length; i += step) if (!claims[list[i]!.id]) return list[i]!.id;
      return null;
    },
    [claims],
  );

  const focusItem = useCallback((id: number | null) => {
    moveFocus.current = true;
    setFocusedId(id);
  }, []);
  useEffect(() => {
    if (!moveFocus.current || focusedId === null) return;
    moveFocus.current = false;
    const el = elements.current.get(focusedId);
    el?.focus();
    el?.scrollIntoView({ block: "nearest" });
  }, [focusedId, visible]);

  useFocusClaim(focusedId, lastDecided, setClaims);
  useLiveQueue({ filterQuery: props.filterQuery, queue, visibleRef, setCounts, setClaims });

  const decide = useCallback(
    (item: Item, decision: DeskDecision, reason = "") => {
      if (decision === "rejected" && queue !== "appeals" && reason === "") {
        setRejecting(item);
        return;
      }
      const form = new FormData();
      form.set("id", String(item.id));
      form.set("expected", item.status);
      form.set("decision", decision);
      form.set("reason", reason);
      if (decision !== "undo") lastDecided.current = item.id;
      else setRemoved((r) => without(r, [item.id]));
      if (leavesQueue(queue, item, decision)) {
        const next = neighbour(item.id, 1) ?? neighbour(item.id, -1);
        setRemoved((r) => new Set(r).add(item.id));
        setSelected((s) => new Set([...s].filter((x) => x !== item.id)));
        focusItem(next);
      }
      startTransition(() => dispatch(form));
    },
    [dispatch, focusItem, neighbour, queue],
  );

  const undoLast = useCallback(() => {
    const id = lastDecided.current ?? state.commentId;
    if (!id) return;
    const form = new FormData();
    form.set("id", String(id));
    form.set("expected", "pending");
    form.set("decision", "undo");
    lastDecided.current = null;
    setRemoved((r) => without(r, [id]));
    startTransition(() => dispatch(form));
  }, [dispatch, state.commentId]);

  const toggle = (id: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  // Keyboard shortcuts; typing in a field or a modifier key leaves the keys alone.
  const onKey = useRef<(e: KeyboardEvent) => void>(() => {});
  const root = useRef<HTMLDivElement>(null);
  const handleKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || rejecting || helpOpen) return;
    const target = e.target as HTMLElement;
    if (target.closest("input, textarea, select, [contenteditable], dialog")) return;
    const focused = visible.find((i) => i.id === focusedId) ?? null;
    const act = (key: string) => {
      if (!focused) return;
      const d = decisionsFor(queue, focused).find((b) => b.key === key);
      if (d) decide(focused, d.decision);
    };
    const handled: Record<string, () => void> = {
      j: () => focusItem(neighbour(focused ? focused.id : null, 1) ?? focused?.id ?? null),
      k: () => focusItem(neighbour(focused ? focused.id : null, -1) ?? focused?.id ?? null),
      a: () => act("a"),
      r: () => act("r"),
      s: () => act("s"),
      f: () => act("f"),
      x: () => focused && toggle(focused.id),
      u: undoLast,
      "?": () => setHelpOpen(true),
    };
    const run = handled[e.key];
    if (!run) return;
    e.preventDefault();
    run();
  };
  useEffect(() => {
    onKey.current = handleKey;
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e);
    window.addEventListener("keydown", listener);
    // Shortcuts pressed before this point are lost; tests (and scripts) wait for this mark.
    root.current?.setAttribute("data-keys", "ready");
    return () => window.removeEventListener("keydown", listener);
  }, []);

  const bulk = (decision: "approved" | "rejected" | "spam", reason: string) => {
    const chosen = visible.filter((i) => selected.has(i.id));
    if (chosen.length === 0) return;
    const form = new FormData();
    for (const i of chosen) form.append("item", `${i.id}:${i.status}`);
    form.set("decision", decision);
    form.set("reason", reason);
    setRemoved((r) => new Set([...r, ...chosen.filter((i) => leavesQueue(queue, i, decision)).map((i) => i.id)]));
    setSelected(new Set());
    startTransition(() => bulkDispatch(form));
  };

  const shown = latest === "bulk" ? bulkState : state;
  const selectable = queue !== "appeals";
  return (
    <div ref={root} className="space-y-4">
      <QueueTabs current={queue} counts={counts} hrefs={props.tabHrefs} />
      <div className="sticky top-0 z-10 space-y-2 bg-stone-50 py-2">
        <DeskMessage state={shown} onUndo={shown === state && state.ok && state.undoable ? undoLast : undefined} />
        {selectable && visible.length > 0 ? (
          <BulkBar
            formAction={bulkDispatch}
            reasons={reasons}
            selectedCount={visible.filter((i) => selected.has(i.id)).length}
            allSelected={visible.length > 0 && visible.every((i) => selected.has(i.id))}
            onSelectAll={(all) => setSelected(all ? new Set(visible.map((i) => i.id)) : new Set())}
            onBulk={bulk}
          />
        ) : null}
        <p className="text-sm text-muted">
          Press <kbd className="rounded border border-stone-400 px-1 font-mono">?</kbd> for keyboard shortcuts.
        </p>
      </div>
      <section aria-labelledby="queue-heading" className="space-y-4">
        <h2 id="queue-heading" className="sr-only">
          {QUEUE_LABELS[queue]} comments
        </h2>
        {visible.length === 0 ? (
          <p className="text-muted">{props.emptyText}</p>
        ) : (
          <ol className="space-y-4">
            {visible.map((item) => (
              <li key={item.id}>
                <DeskItem
                  item={item}
                  queue={queue}
                  now={props.now}
                  focused={item.id === focusedId}
                  selected={selected.has(item.id)}
                  selectable={selectable}
                  claimedBy={claims[item.id] ?? null}
                  formAction={dispatch}
                  onDecide={decide}
                  onFocusItem={(id) => id !== focusedId && setFocusedId(id)}
                  onToggleSelect={toggle}
                  itemRef={(el) => {
                    if (el) elements.current.set(item.id, el);
                    else elements.current.delete(item.id);
                  }}
                />
              </li>
            ))}
          </ol>
        )}
      </section>
      <ReasonDialog
        open={rejecting !== null}
        subject={rejecting ? `the comment by ${rejecting.authorName}` : "the comment"}
        reasons={reasons}
        onCancel={() => {
          const id = rejecting?.id ?? null;
          setRejecting(null);
          focusItem(id);
        }}
        onConfirm={(reason) => {
          const item = rejecting;
          setRejecting(null);
          if (item) decide(item, "rejected", reason);
        }}
      />
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}

function without(set: ReadonlySet<number>, ids: number[]): ReadonlySet<number> {
  return ids.some((id) => set.has(id)) ? new Set([...set].filter((x) => !ids.includes(x))) : set;
}

function othersClaims(items: Item[], meId: number): Record<number, string> {
  return Object.fromEntries(items.flatMap((i) => (i.claim && i.claim.userId !== meId ? [[i.id, i.claim.name]] : [])));
}
