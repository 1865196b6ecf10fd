import { cn } from "@/lib/utils";

/** The one-line outcome of a form action, announced to screen readers. */
export function FormMessage({ state }: { state: { ok: boolean; message?: string } }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {state.message ? (
        <p
          role="status"
          className={cn(
            "rounded border px-3 py-2 text-sm",
            state.ok ? "border-green-700 bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100" : "border-red-700 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100",
          )}
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
