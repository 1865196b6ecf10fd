"use client";

import { useActionState, useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { SITE_MODE_OPTIONS } from "@/lib/moderation/modes";
import { SECTION_DAYS_PREFIX } from "@/lib/moderation/settings-form";
import { saveModerationPolicyAction } from "./actions";

type PolicyField =
  | "defaultMode"
  | "maxLinks"
  | "holdFirstTime"
  | "trustAfter"
  | "floodCommenterMax"
  | "floodCommenterMinutes"
  | "floodIpMax"
  | "floodIpMinutes"
  | "closeAfterDays"
  | "surgeEnabled"
  | "surgeWindowMinutes"
  | "surgeMinComments"
  | "surgeThresholdPercent";
/** Every field as the form holds it (strings), plus one `sectionCloseDays-<id>` per section. */
export type PolicyValues = Record<PolicyField, string> & Record<string, string>;
export type SectionRow = { id: number; name: string };


/** How the site moderates comments; only admins and editors may change it. */
export function PolicyForm({ initial, sections }: { initial: PolicyValues; sections: SectionRow[] }) {
  const [state, formAction] = useActionState(saveModerationPolicyAction, initialActionState);
  const [values, setValues] = useState(initial);
  const errors = state.fieldErrors ?? {};
  const bind = (name: string) => ({
    id: `moderation-${name}`,
    name,
    value: values[name] ?? "",
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [name]: e.target.value })),
    errors: errors[name],
  });
  const number = (name: string, label: string, hint?: string) => (
    <TextField {...bind(name)} label={label} hint={hint} inputMode="numeric" className="mt-1 block w-28 rounded border border-stone-400 bg-white px-3 py-2 dark:border-stone-500 dark:bg-stone-900" />
  );
  const toggle = (name: "holdFirstTime" | "surgeEnabled", label: string) => (
    <label className="flex items-center gap-2 text-sm font-semibold">
      <input type="checkbox" name={name} checked={values[name] === "on"} onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.checked ? "on" : "" }))} />
      {label}
    </label>
  );
  return (
    <form action={formAction} className="space-y-6" noValidate aria-labelledby="policy-heading">
      <SelectField {...bind("defaultMode")} label="Default moderation" options={SITE_MODE_OPTIONS} />
      <fieldset className="space-y-3">
        <legend className="font-semibold">Holds</legend>
        {number("maxLinks", "Links before a comment is held", "A comment with more links than this waits for a moderator.")}
        {toggle("holdFirstTime", "Hold a commenter's first comment on open stories")}
        {number("trustAfter", "Trust after approved comments", "Trusted commenters skip the first-comment hold and need no review on post-moderated stories. 0 turns trust off.")}
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="font-semibold">Flood limits (0 turns a limit off)</legend>
        {number("floodCommenterMax", "Comments per commenter")}
        {number("floodCommenterMinutes", "Commenter window (minutes)")}
        {number("floodIpMax", "Comments per address")}
        {number("floodIpMinutes", "Address window (minutes)")}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-semibold">Closing</legend>
        {number("closeAfterDays", "Close comments after (days)", "Counted from publication. Blank: never.")}
        <table className="w-full text-sm">
          <caption className="text-left font-semibold">Per section (blank: the site&apos;s setting; 0: never)</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left">Section</th>
              <th scope="col" className="text-left">Close after (days)</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((s) => {
              const name = `${SECTION_DAYS_PREFIX}${s.id}`;
              const { errors: _errors, ...input } = bind(name);
              const id = input.id;
              return (
                <tr key={s.id}>
                  <th scope="row" className="py-1 text-left font-normal">
                    <label htmlFor={id}>{s.name}</label>
                  </th>
                  <td className="py-1">
                    <input
                      {...input}
                      inputMode="numeric"
                      aria-invalid={errors[name]?.length ? true : undefined}
                      aria-describedby={`${id}-error`}
                      className="w-24 rounded border border-stone-400 bg-white px-2 py-1 dark:border-stone-500 dark:bg-stone-900"
                    />
                    <FieldError id={`${id}-error`} errors={errors[name]} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-semibold">Surge protection</legend>
        {toggle("surgeEnabled", "Switch a story to pre-moderation when trouble spikes")}
        {number("surgeWindowMinutes", "Surge window (minutes)")}
        {number("surgeMinComments", "Surge minimum comments", "Fewer comments than this in the window never trigger it.")}
        {number("surgeThresholdPercent", "Surge rate (% held or reported)")}
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…">Save moderation settings</SubmitButton>
    </form>
  );
}
