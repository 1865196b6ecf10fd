"use client";

import { startTransition, useActionState, useEffect, useState } from "react";
import { claimCommentAction, moderateCommentAction, releaseClaimAction, type DeskState } from "@/app/admin/comments/actions";
import type { DeskItem as Item } from "@/db/queries/moderation-queues";
import type { Queue } from "@/lib/moderation-desk/queues";
import type { DeskDecision } from "@/lib/moderation-desk/validation";
import { DeskItem } from "./desk-item";
import { DeskMessage } from "./desk-message";
import { ReasonDialog } from "./reason-dialog";

const initial: DeskState = { ok: false };

/** One comment on its own page, with the desk's decisions; opening it claims it while it stays open. */
export function CommentPanel({ item, queue, reasons, meId, now }: { item: Item; queue: Queue; reasons: readonly string[]; meId: number; now: Date }) {
  const [state, dispatch] = useActionState(moderateCommentAction, initial);
  const [rejecting, setRejecting] = useState(false);
  const [claimedBy, setClaimedBy] = useState(item.claim && item.claim.userId !== meId ? item.claim.name : null);
  const [seenItem, setSeenItem] = useState(item);
  if (seenItem !== item) {
    setSeenItem(item);
    setClaimedBy(item.claim && item.claim.userId !== meId ? item.claim.name : null);
  }
  useEffect(() => {
    let live = true;
    const claim = () =>
      claimCommentAction(item.id).then((r) => {
        if (live) setClaimedBy(r.ok ? null : (r.claimedBy ?? null));
      });
    void claim();
    const timer = setInterval(claim, 60_000);
    return () => {
      live = false;
      clearInterval(timer);
      void releaseClaimAction(item.id);
    };
  }, [item.id]);

  const decide = (target: Item, decision: DeskDecision, reason = "") => {
    if (decision === "rejected" && queue !== "appeals" && reason === "") return setRejecting(true);
    const form = new FormData();
    form.set("id", String(target.id));
    form.set("expected", target.status);
    form.set("decision", decision);
    form.set("reason", reason);
    startTransition(() => dispatch(form));
  };

  return (
    <div className="space-y-3">
      <DeskMessage state={state} />
      <DeskItem
        item={item}
        queue={queue}
        now={now}
        focused={false}
        selected={false}
        selectable={false}
        claimedBy={claimedBy}
        formAction={dispatch}
        onDecide={decide}
        onFocusItem={() => {}}
        onToggleSelect={() => {}}
        itemRef={() => {}}
      />
      <ReasonDialog
        open={rejecting}
        subject={`the comment by ${item.authorName}`}
        reasons={reasons}
        onCancel={() => setRejecting(false)}
        onConfirm={(reason) => {
          setRejecting(false);
          decide(item, "rejected", reason);
        }}
      />
    </div>
  );
}
