import type { DeskItem } from "@/db/queries/moderation-queues";
import type { Queue } from "@/lib/moderation-desk/queues";
import type { DeskDecision } from "@/lib/moderation-desk/validation";

export type DecisionButton = {
  decision: DeskDecision;
  label: string;
  /** Accessible name, e.g. "Approve comment by Sam". */
  name: (author: string) => string;
  key?: string;
  variant: "primary" | "secondary" | "danger";
};

const approve: DecisionButton = { decision: "approved", label: "Approve", name: (a) => `Approve comment by ${a}`, key: "a", variant: "primary" };
const keep: DecisionButton = { decision: "approved", label: "Keep published", name: (a) => `Keep comment by ${a} published`, key: "a", variant: "primary" };
const reject: DecisionButton = { decision: "rejected", label: "Reject", name: (a) => `Reject comment by ${a}`, key: "r", variant: "secondary" };
const spam: DecisionButton = { decision: "spam", label: "Spam", name: (a) => `Spam comment by ${a}`, key: "s", variant: "danger" };
const feature: DecisionButton = { decision: "feature", label: "Feature", name: (a) => `Feature comment by ${a}`, key: "f", variant: "secondary" };
const unfeature: DecisionButton = { decision: "unfeature", label: "Unfeature", name: (a) => `Unfeature comment by ${a}`, key: "f", variant: "secondary" };
const publish: DecisionButton = { decision: "overturned", label: "Publish", name: (a) => `Publish comment by ${a} on appeal`, key: "a", variant: "primary" };
const uphold: DecisionButton = { decision: "upheld", label: "Keep rejected", name: (a) => `Keep comment by ${a} rejected`, key: "r", variant: "secondary" };

/** The decisions a comment offers in a queue; each shortcut maps to at most one of them. */
export function decisionsFor(queue: Queue, item: Pick<DeskItem, "status" | "featured" | "reportCount" | "needsReview">): DecisionButton[] {
  if (queue === "appeals") return [publish, uphold];
  const featureToggle = item.featured ? unfeature : feature;
  switch (item.status) {
    case "pending":
      return [approve, reject, spam, feature];
    case "approved":
      return item.reportCount > 0 || item.needsReview ? [keep, reject, spam, featureToggle] : [reject, spam, featureToggle];
    case "rejected":
      return [approve, spam];
    case "spam":
      return [approve, reject];
  }
}

/** Whether a decision takes the comment out of the queue being shown (the desk then hides it at once). */
export function leavesQueue(queue: Queue, item: Pick<DeskItem, "status">, decision: DeskDecision): boolean {
  switch (decision) {
    case "undo":
    case "unfeature":
      return false;
    case "feature":
      return item.status === "pending";
    case "approved":
      return queue !== "approved";
    case "rejected":
      return queue !== "rejected";
    case "spam":
      return queue !== "spam";
    default:
      return true;
  }
}
