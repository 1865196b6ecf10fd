import type { ArticleStatus } from "@/db/schema";
import { cn } from "@/lib/utils";
import { STATUS_LABELS } from "@/lib/workflow";

const STYLES: Record<ArticleStatus, string> = {
  draft: "border-amber-700 bg-amber-50 text-amber-900",
  review: "border-sky-700 bg-sky-50 text-sky-900",
  scheduled: "border-violet-700 bg-violet-50 text-violet-900",
  published: "border-green-700 bg-green-50 text-green-900",
  unpublished: "border-stone-600 bg-stone-100 text-stone-900",
  archived: "border-stone-500 bg-white text-stone-700",
};

export function StatusBadge({ status }: { status: ArticleStatus }) {
  return (
    <span className={cn("inline-block rounded border px-2 py-0.5 text-xs font-semibold", STYLES[status])}>
      {STATUS_LABELS[status]}
    </span>
  );
}
