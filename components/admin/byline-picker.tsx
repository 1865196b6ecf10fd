"use client";

import { useState } from "react";
import { FieldError } from "@/components/ui/field-error";

export type BylineOption = { id: number; name: string };

/**
 * Checkboxes of writers; the byline is the checked ones in the order shown, and "Move up"
 * changes that order. Checked boxes submit as repeated `authorIds` in document order.
 */
export function BylinePicker({
  options,
  initialChecked,
  errors,
}: {
  options: BylineOption[];
  initialChecked: number[];
  errors?: string[];
}) {
  const [order, setOrder] = useState(options.map((o) => o.id));
  const [checked, setChecked] = useState(() => new Set(initialChecked));
  const byId = new Map(options.map((o) => [o.id, o]));

  function moveUp(index: number) {
    setOrder((ids) => {
      const next = [...ids];
      [next[index - 1], next[index]] = [next[index]!, next[index - 1]!];
      return next;
    });
  }

  function toggle(id: number, on: boolean) {
    setChecked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return (
    <fieldset aria-describedby="field-authorIds-hint field-authorIds-error">
      <legend className="text-sm font-semibold">Authors</legend>
      <p id="field-authorIds-hint" className="text-sm text-muted">
        The byline lists the ticked names in this order.
      </p>
      <ul className="mt-2 space-y-1">
        {order.map((id, index) => {
          const option = byId.get(id);
          if (!option) return null;
          return (
            <li key={id} className="flex items-center gap-3">
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="authorIds"
                  value={id}
                  checked={checked.has(id)}
                  onChange={(e) => toggle(id, e.target.checked)}
                />
                {option.name}
              </label>
              {index > 0 ? (
                <button
                  type="button"
                  onClick={() => moveUp(index)}
                  className="rounded border border-stone-300 px-2 text-xs text-muted hover:bg-stone-100"
                  aria-label={`Move ${option.name} up`}
                >
                  ↑
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      <FieldError id="field-authorIds-error" errors={errors} />
    </fieldset>
  );
}
