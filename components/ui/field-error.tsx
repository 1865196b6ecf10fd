/** Errors for one input, linked to it through `aria-describedby={id}`. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} aria-live="polite" aria-atomic="true">
      {errors?.map((error) => (
        <p key={error} className="mt-1 text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ))}
    </div>
  );
}
