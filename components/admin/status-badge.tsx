import type { ArticleStatus } from "@/db/schema";
import { cn } from "@/lib/utils";

const STYLES: Record<ArticleStatus, string> = {
  draft: "border-amber-700 bg-amber-50 text-amber-900",
  published: "border-green-700 bg-green-50 text-green-900",
};

const LABELS: Record<ArticleStatus, string> = { draft: "Draft", published: "Published" };

export function StatusBadge({ status }: { status: ArticleStatus }) {
  return (
    <span className={cn("inline-block rounded border px-2 py-0.5 text-xs font-semibold", STYLES[status])}>
      {LABELS[status]}
    </span>
  );
}
