"use client";

import { useFormStatus } from "react-dom";
import { cn } from "@/lib/utils";

type Props = React.ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string; variant?: "primary" | "secondary" | "danger" };

const variants = {
  primary: "bg-brand text-white hover:bg-brand-dark dark:text-stone-950",
  secondary: "border border-stone-400 bg-white text-ink hover:bg-stone-100 dark:border-stone-500 dark:bg-stone-900 dark:hover:bg-stone-800",
  danger: "bg-red-800 text-white hover:bg-red-900",
};

/** A submit button that shows its form is being sent and cannot be pressed twice. */
export function SubmitButton({ children, pendingLabel, variant = "primary", className, ...rest }: Props) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={cn("rounded px-4 py-2 text-sm font-semibold disabled:opacity-60", variants[variant], className)}
      {...rest}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
